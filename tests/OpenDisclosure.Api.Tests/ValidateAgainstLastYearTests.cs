using System.Net;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// POST /validate of a 临淄区 2025 draft while the real 临淄区 2024 report is stored: the draft is the 2024 text with
/// its year changed, so its 上年结转 (2) repeats last year's 上年结转 instead of last year's 结转下年度 (0), the agency's
/// most likely slip, and its text is last year's.
/// </summary>
[Collection("api")]
public sealed class ValidateAgainstLastYearTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static StringContent Draft2025() => new(File.ReadAllText(RepoPaths.LinziReport).Replace("2024年", "2025年"));

    private async Task<System.Text.Json.Nodes.JsonNode> Validate(string query = "")
    {
        using var response = await _client.PostAsync("/api/v1/validate" + query, Draft2025());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return System.Text.Json.Nodes.JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task The_draft_names_the_stored_2024_report_and_carries_the_carry_over_findings()
    {
        var linzi2024 = (await _client.GetJson("/api/v1/reports?year=2024")).Items().Single(r => (string?)r!["agencyName"] == "临淄区人民政府办公室")!;
        var detail = await Validate();

        var compared = detail["comparedWith"]!;
        Assert.Equal(((int)linzi2024["reportId"]!, 2024, "003_34f0a73bec97119a.txt"),
            ((int)compared["reportId"]!, (int)compared["year"]!, (string?)compared["sourceFile"]));
        var findings = detail["findings"]!.AsArray();
        var carry = findings.Where(f => (string?)f!["rule"] == "crossyear.carry_over").ToList();
        Assert.Equal(["naturalPerson", "total"], carry.Select(f => (string?)f!["column"]));
        Assert.All(carry, f => Assert.Equal(("0", "2"), ((string?)f!["expected"], (string?)f["actual"])));
        Assert.Contains("003_34f0a73bec97119a.txt", (string?)carry[0]!["evidence"]);
        Assert.DoesNotContain(findings, f => (string?)f!["rule"] == "crossyear.not_assessable");
        var copied = Assert.Single(findings, f => (string?)f!["rule"] == "similarity.copied")!;
        Assert.Equal("100%", (string?)copied["actual"]);

        // Default profile: undated (timeliness 0), completeness −2, continuity lost (carry-over ×2, 同比, in force), copied text flagged only.
        var score = detail["score"]!;
        Assert.Equal(("default", 63.0m), ((string?)score["profile"], (decimal)score["score"]!));
        var continuity = score["components"]!.AsArray().Single(c => (string?)c!["code"] == "continuity")!;
        Assert.Equal(("failed", 0m), ((string?)continuity["status"], (decimal)continuity["earned"]!));
        var narrative = score["components"]!.AsArray().Single(c => (string?)c!["code"] == "narrative")!;
        Assert.Equal(15m, (decimal)narrative["earned"]!);
        Assert.Contains(narrative["findings"]!.AsArray(), f => (string?)f!["effect"] == "flagged");
    }

    [Fact]
    public async Task The_score_follows_the_chosen_profile()
    {
        var score = (await Validate("?profile=city-grid"))["score"]!;
        Assert.Equal(("city-grid", 1m, 50m), ((string?)score["profile"], (decimal)score["points"]!, (decimal)score["score"]!));
        var flagged = score["components"]![0]!["findings"]!.AsArray().Where(f => (string?)f!["effect"] == "flagged").Select(f => (string?)f!["rule"]);
        Assert.Equal(["crossyear.carry_over", "crossyear.carry_over", "similarity.copied"], flagged.Order());

        using var response = await _client.PostAsync("/api/v1/validate?profile=nope", Draft2025());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync());
    }
}
