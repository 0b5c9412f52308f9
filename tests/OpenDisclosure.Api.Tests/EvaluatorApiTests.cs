namespace OpenDisclosure.Api.Tests;

/// <summary>Rules, compliance, coverage and outcome statistics over the five seed reports.</summary>
[Collection("api")]
public sealed class EvaluatorApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();
    private const string Commerce = "枣庄市台儿庄区商务和投资促进局";
    private const string Linzi = "临淄区人民政府办公室";

    [Fact]
    public async Task Rules_list_the_cross_year_and_narrative_rules_with_their_cost()
    {
        var rules = (await _client.GetJson("/api/v1/rules?limit=1000")).Items();
        var carry = Assert.Single(rules, r => (string?)r!["code"] == "crossyear.carry_over")!;
        Assert.Equal(("error", "consistency", "continuity", 5), ((string?)carry["severity"], (string?)carry["reference"], (string?)carry["scoreComponent"], (int)carry["scorePoints"]!));
        Assert.Contains(rules, r => (string?)r!["code"] == "parse.row_not_found");
        Assert.Contains(rules, r => (string?)r!["code"] == "narrative.contradiction");
    }

    [Fact]
    public async Task Compliance_sorted_by_score_puts_the_commerce_bureau_contradiction_first()
    {
        var items = (await _client.GetJson("/api/v1/compliance?sort=-score")).Items();
        Assert.Equal(5, items.Count);
        var worst = items[1]!;
        Assert.Equal(Commerce, (string?)worst["agencyName"]);
        Assert.Equal(93.8, (double)worst["score"]!);
        Assert.Equal(10, (int)worst["narrative"]!);
        Assert.Null(worst["continuity"]);
        var linzi = (await _client.GetJson("/api/v1/compliance?q=临淄&year=2024")).OfAgency(Linzi);
        Assert.Equal(78.8, (double)linzi["score"]!); // undated: timeliness uncertain, costing what late costs
        Assert.Equal(0, (int)linzi["timeliness"]!);
        Assert.Equal(80, (int)linzi["assessedWeight"]!);
        var best = (await _client.GetJson("/api/v1/compliance?sort=-score&limit=1")).Items();
        Assert.Equal(100.0, (double)best[0]!["score"]!);
    }

    [Fact]
    public async Task Profiles_are_listed_and_the_city_grid_scores_the_undated_seeds_at_their_worst()
    {
        var profiles = (await _client.GetJson("/api/v1/compliance/profiles")).AsArray();
        Assert.Equal(["default", "city-grid"], profiles.Select(p => (string?)p!["id"]));
        Assert.Equal("strict", (string?)profiles[1]!["uncertain"]);

        var grid = (await _client.GetJson("/api/v1/compliance?profile=city-grid&sort=score")).Items();
        Assert.Equal(5, grid.Count);
        var linzi = grid.Single(i => (string?)i!["agencyName"] == Linzi)!;
        Assert.Equal((50.0, 1m, true, "city-grid"), ((double)linzi["score"]!, (decimal)linzi["points"]!, (bool)linzi["uncertain"]!, (string?)linzi["profile"]));
        Assert.Equal(1m, (decimal)linzi["items"]!["annualReport"]!);
        Assert.Equal([50.0, 50.0, 50.0, 100.0, 100.0], grid.Select(i => (double)i!["score"]!));

        var detail = await _client.GetJson($"/api/v1/compliance/{(int)linzi["reportId"]!}?profile=city-grid");
        var date = detail["components"]![0]!["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "date.missing")!;
        Assert.Equal(("uncertain_deducted", 1m), ((string?)date["effect"], (decimal)date["points"]!));

        var csv = await _client.GetStringAsync("/api/v1/compliance?profile=city-grid&format=csv");
        Assert.Contains(",city-grid,1,true,0,annualReport=1", csv);
        await _client.GetJson("/api/v1/compliance?profile=nope", System.Net.HttpStatusCode.BadRequest);
        await _client.GetJson("/api/v1/compliance/1?profile=nope", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Compliance_of_one_report_explains_the_points_lost()
    {
        var id = (int)(await _client.GetJson("/api/v1/compliance?q=商务")).OfAgency(Commerce)["reportId"]!;
        var detail = await _client.GetJson($"/api/v1/compliance/{id}");
        var narrative = Assert.Single(detail["components"]!.AsArray(), c => (string?)c!["code"] == "narrative")!;
        Assert.Equal(("reduced", 10m), ((string?)narrative["status"], (decimal)narrative["earned"]!));
        var cost = Assert.Single(narrative["findings"]!.AsArray())!;
        Assert.Equal(("narrative.contradiction", 5), ((string?)cost["rule"], (int)cost["points"]!));
        Assert.Contains("市级政协提案6件", (string?)cost["evidence"]);
        Assert.Equal("not_assessable", (string?)Assert.Single(detail["components"]!.AsArray(), c => (string?)c!["code"] == "continuity")!["status"]);

        var weights = await _client.GetJson("/api/v1/compliance/weights");
        Assert.Equal(100, weights["components"]!.AsArray().Sum(c => (int)c!["weight"]!));
        await _client.GetJson("/api/v1/compliance/999999", System.Net.HttpStatusCode.NotFound);
        await _client.GetJson("/api/v1/compliance?sort=name", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Coverage_for_2023_lists_every_agency_with_three_missing()
    {
        var items = (await _client.GetJson("/api/v1/coverage?year=2023")).Items();
        Assert.Equal(5, items.Count);
        Assert.Equal(2, items.Count(i => (bool)i!["hasReport"]!));
        Assert.False((bool)items.OfAgencyItem(Linzi)["hasReport"]!);
        Assert.Equal(3, (await _client.GetJson("/api/v1/coverage?year=2023&hasReport=false")).Items().Count);
        await _client.GetJson("/api/v1/coverage", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Outcome_stats_per_year_sum_the_seed_tables()
    {
        var stats = await _client.GetJson("/api/v1/stats/request-outcomes?groupBy=year");
        Assert.Equal("(granted + partially_granted) / total_processed", (string?)stats["formulas"]!["disclosure_rate"]);
        var y2024 = Assert.Single(stats["groups"]!.AsArray(), g => (int?)g!["year"] == 2024)!;
        // 2024: 台儿庄区政府办 4 + 临淄区 14 + 永安镇 5 processed; granted 1 + 5 + 3, partially 3 + 6 + 1.
        Assert.Equal(3, (int)y2024["reports"]!);
        Assert.Equal(23, (long)y2024["sums"]!["total_processed"]!["sum"]!);
        Assert.Equal(21, (long)y2024["sums"]!["new_requests"]!["sum"]!); // 4 + 12 + 5
        Assert.Equal(Math.Round(19m / 23m, 4), (decimal)y2024["rates"]!["disclosure_rate"]!["value"]!);
        // 2023: both reports received nothing: a zero denominator is null, not 0.
        var y2023 = Assert.Single(stats["groups"]!.AsArray(), g => (int?)g!["year"] == 2023)!;
        Assert.Null(y2023["rates"]!["disclosure_rate"]!["value"]);
        Assert.Equal(2, (int)y2023["rates"]!["disclosure_rate"]!["reports"]!);
    }
}

internal static class CoverageItems
{
    public static System.Text.Json.Nodes.JsonNode OfAgencyItem(this System.Text.Json.Nodes.JsonArray items, string agency) =>
        Assert.Single(items, i => (string?)i!["agencyName"] == agency)!;
}
