using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>Real values from the five seed reports, one test per resource.</summary>
[Collection("api")]
public sealed class ResourceTests(ApiFactory factory)
{
    private const string Linzi = "临淄区人民政府办公室";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Years_count_the_seed_reports()
    {
        var years = (await _client.GetJson("/api/v1/years")).Items();

        Assert.Equal([2023, 2024], years.Select(y => (int)y!["year"]!));
        Assert.Equal([2, 3], years.Select(y => (int)y!["reportCount"]!));
    }

    [Fact]
    public async Task Agencies_filter_by_name_and_year_and_show_detail()
    {
        var linzi = Assert.Single((await _client.GetJson($"/api/v1/agencies?q={Uri.EscapeDataString("临淄")}")).Items())!;
        var in2023 = (await _client.GetJson("/api/v1/agencies?year=2023")).Items();
        var detail = await _client.GetJson($"/api/v1/agencies/{linzi["agencyId"]}");

        Assert.Equal(Linzi, (string?)linzi["agencyName"]);
        Assert.Equal(1, (int)linzi["reportCount"]!);
        Assert.Equal(2024, (int)linzi["firstYear"]!);
        Assert.Equal(2, in2023.Count);
        Assert.DoesNotContain(in2023, a => (string?)a!["agencyName"] == Linzi);
        Assert.Equal(2024, (int)Assert.Single(detail["reports"]!.AsArray())!["year"]!);
    }

    [Fact]
    public async Task Reports_list_filters_by_year()
    {
        var reports = (await _client.GetJson("/api/v1/reports?year=2023")).Items();

        Assert.Equal(2, reports.Count);
        Assert.Contains(reports, r => (string?)r!["agencyName"] == "枣庄市台儿庄区商务和投资促进局");
        Assert.All(reports, r => Assert.Equal("2021", (string?)r!["template"]));
    }

    [Fact]
    public async Task Stored_report_reads_exactly_like_the_validated_file()
    {
        var summary = (await _client.GetJson("/api/v1/reports?year=2024")).OfAgency(Linzi);
        var stored = await _client.GetJson($"/api/v1/reports/{summary["reportId"]}");
        using var posted = await _client.PostAsync("/api/v1/validate", new StringContent(File.ReadAllText(RepoPaths.LinziReport)));
        var validated = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal((int)summary["reportId"]!, (int)stored["reportId"]!);
        Assert.Equal("003_34f0a73bec97119a.txt", (string?)stored["source"]!["file"]);
        // Identity, and what only one side has: similarity is measured against other stored reports; comparedWith and
        // score answer a draft (the stored score is GET /compliance/{id}).
        foreach (var identity in new[] { "reportId", "agencyId", "source", "similarity", "comparedWith", "score" })
        {
            stored.AsObject().Remove(identity);
            validated.Remove(identity);
        }
        Assert.Equal(validated.ToJsonString(), stored.ToJsonString());
        Assert.Equal(25, stored["requestOutcomes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Proactive_disclosure_has_linzi_normative_documents()
    {
        var item = (await _client.GetJson("/api/v1/proactive-disclosure?year=2024")).OfAgency(Linzi);

        var fields = item["fields"]!;
        Assert.Equal(1m, (decimal)fields["normativeDocuments.issued"]!);
        Assert.Equal(6m, (decimal)fields["normativeDocuments.repealed"]!);
        Assert.Equal(9m, (decimal)fields["normativeDocuments.inForce"]!);
        Assert.Equal(0m, (decimal)fields["licensing"]!);
        Assert.Equal(10, fields.AsObject().Count);
    }

    [Fact]
    public async Task Reviews_litigation_reads_table_four_as_zeros_not_nulls()
    {
        var item = (await _client.GetJson("/api/v1/reviews-litigation?year=2024")).OfAgency(Linzi);

        foreach (var group in new[] { "review", "litigationDirect", "litigationAfterReview" })
        foreach (var measure in new[] { "upheld", "corrected", "other", "pending", "total" })
            Assert.Equal(0, (long)item[group]![measure]!);
    }

    [Fact]
    public async Task Findings_filter_by_severity_and_name_their_report()
    {
        var all = (await _client.GetJson("/api/v1/findings?limit=1000")).Items();
        var warnings = (await _client.GetJson("/api/v1/findings?severity=warning&limit=1000")).Items();

        Assert.All(warnings, f => Assert.Equal("warning", (string?)f!["severity"]));
        Assert.Equal(all.Count(f => (string?)f!["severity"] == "warning"), warnings.Count);
        Assert.All(all, f =>
        {
            Assert.NotNull(f!["reportId"]);
            Assert.NotNull(f["agencyName"]);
            Assert.NotNull(f["year"]);
        });
    }

    [Fact]
    public async Task Health_is_ready_with_the_complete_database_and_live_without_looking_at_it()
    {
        foreach (var path in new[] { "/health", "/health/ready" })
        {
            using var response = await _client.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("Healthy", (string?)body["status"]);
            Assert.StartsWith("store complete;", (string?)body["checks"]![0]!["description"]);
        }
        using var live = await _client.GetAsync("/health/live");
        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }
}
