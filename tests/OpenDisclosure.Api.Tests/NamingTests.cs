using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>One name per concept across endpoints: the same thing is spelled the same wherever it appears.</summary>
[Collection("api")]
public sealed class NamingTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Catalogue_items_are_code_labelZh_labelEn_everywhere()
    {
        var codelists = await _client.GetJson("/api/v1/codelists");
        var rules = (await _client.GetJson("/api/v1/rules?limit=1000")).Items();
        var weights = await _client.GetJson("/api/v1/compliance/weights");

        var items = new[] { "applicantColumns", "requestRows", "proactiveFields", "reviewLitigationGroups", "reviewLitigationMeasures", "rules" }
            .SelectMany(list => codelists[list]!.AsArray()).Concat(rules).Concat(weights["components"]!.AsArray()).ToList();
        Assert.All(items, i => Assert.True(i!["code"] is not null && i["labelZh"] is not null && i["labelEn"] is not null, i!.ToJsonString()));
        var carry = rules.Single(r => (string?)r!["code"] == "crossyear.carry_over")!;
        Assert.Equal((string?)codelists["rules"]!.AsArray().Single(r => (string?)r!["code"] == "crossyear.carry_over")!["labelZh"], (string?)carry["labelZh"]);
        Assert.Equal("continuity", (string?)weights["costs"]!.AsArray().Single(c => (string?)c!["rule"] == "crossyear.carry_over")!["component"]);
    }

    [Fact]
    public async Task A_report_in_the_list_has_the_names_of_the_report_itself()
    {
        var item = (await _client.GetJson("/api/v1/reports?year=2024")).OfAgency("临淄区人民政府办公室");
        var detail = await _client.GetJson($"/api/v1/reports/{(int)item["reportId"]!}");

        foreach (var name in new[] { "template", "publishedOn", "source", "findingCounts" })
            Assert.True(JsonNode.DeepEquals(detail[name], item[name]), $"{name}: list {item[name]?.ToJsonString()} vs report {detail[name]?.ToJsonString()}");
        Assert.Equal("2021", (string?)item["template"]);
        Assert.Equal("003_34f0a73bec97119a.txt", (string?)item["source"]!["file"]);
        Assert.Equal(1, (int)item["findingCounts"]!["warning"]!);
        foreach (var old in new[] { "format", "sourceFile", "sha256", "errorCount" }) Assert.Null(item[old]);
        var csvHeader = (await _client.GetStringAsync("/api/v1/reports?format=csv")).Split("\r\n")[0];
        Assert.Equal("reportId,agencyId,agencyName,year,template,publishedOn,source.file,source.sha256,source.loadedAtUtc,"
            + "findingCounts.error,findingCounts.warning,findingCounts.info", csvHeader);
    }

    [Fact]
    public async Task A_rule_is_named_rule_in_findings_as_in_the_filter()
    {
        var finding = (await _client.GetJson("/api/v1/findings?rule=date.missing&limit=1")).Items()[0]!;
        var proactive = (await _client.GetJson("/api/v1/proactive-disclosure?limit=1")).Items()[0]!;

        Assert.Equal("date.missing", (string?)finding["rule"]);
        Assert.Null(finding["ruleId"]);
        Assert.Equal("2021", (string?)proactive["template"]);
    }

    [Fact]
    public async Task Stats_sums_are_keyed_by_the_row_and_group_codes_of_the_row_filter()
    {
        var stats = await _client.GetJson("/api/v1/stats/request-outcomes");
        var rows = (await _client.GetJson("/api/v1/codelists"))["requestRows"]!.AsArray();
        var codes = rows.Select(r => (string?)r!["code"]).Concat(rows.Select(r => (string?)r!["group"])).ToHashSet();

        var sums = stats["groups"]![0]!["sums"]!.AsObject().Select(s => s.Key).ToList();
        Assert.Contains("total_processed", sums);
        Assert.All(sums, s => Assert.Contains(s, codes));
    }
}
