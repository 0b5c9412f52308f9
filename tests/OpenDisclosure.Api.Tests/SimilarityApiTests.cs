namespace OpenDisclosure.Api.Tests;

/// <summary>GET /similarity and the similarity of GET /reports/{id}: the seeds plus 临淄区 2024 republished as 2025 with only its year changed.</summary>
public sealed class SimilarityApiTests(CopiedReportFactory factory) : IClassFixture<CopiedReportFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_copy_is_listed_flagged_and_shown_on_its_report()
    {
        var flagged = (await _client.GetJson("/api/v1/similarity?minShare=0.5&sort=-share")).Items();
        var copy = Assert.Single(flagged)!;
        Assert.Equal(("临淄区人民政府办公室", 2025, "previous_year", 1m, true, 2024),
            ((string?)copy["agencyName"], (int)copy["year"]!, (string?)copy["kind"], (decimal)copy["share"]!, (bool)copy["flagged"]!, (int)copy["otherYear"]!));
        Assert.StartsWith("临淄区人民政府办公室2025年政府信息公开工作", (string?)copy["passages"]![0]);
        Assert.All(copy["sections"]!.AsArray(), s => Assert.Equal(1m, (decimal)s!["share"]!));
        Assert.Equal(4, copy["sections"]!.AsArray().Count); // the preamble and the sections with narrative text

        var report = await _client.GetJson($"/api/v1/reports/{(int)copy["reportId"]!}");
        Assert.Equal("previous_year", (string?)report["similarity"]![0]!["kind"]);
        var finding = Assert.Single(report["findings"]!.AsArray(), f => (string?)f!["rule"] == "similarity.copied")!;
        Assert.Equal("100%", (string?)finding["actual"]);
        Assert.Contains("「临淄区人民政府办公室2025年", (string?)finding["evidence"]);

        var csv = await _client.GetStringAsync("/api/v1/similarity?kind=previous_year&format=csv");
        Assert.Contains(",临淄区人民政府办公室,2025,previous_year,", csv);
    }

    [Fact]
    public async Task The_rule_is_in_the_catalog_and_bad_filters_are_refused()
    {
        var rules = (await _client.GetJson("/api/v1/rules?limit=1000")).Items();
        var rule = Assert.Single(rules, r => (string?)r!["code"] == "similarity.copied")!;
        Assert.Equal(("narrative", 0), ((string?)rule["scoreComponent"], (int)rule["scorePoints"]!));
        await _client.GetJson("/api/v1/similarity?kind=other", System.Net.HttpStatusCode.BadRequest);
        await _client.GetJson("/api/v1/similarity?minShare=2", System.Net.HttpStatusCode.BadRequest);
    }
}
