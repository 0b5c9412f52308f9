using System.Net;
using System.Net.Http.Json;

namespace OpenDisclosure.Api.Tests;

/// <summary>POST /findings/{id}/review on the real 临淄区 2024 report (its own store: reviews change scores).</summary>
public sealed class FindingReviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<HttpResponseMessage> Review(long id, object body, string? key = ApiFactory.ReviewerKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/findings/{id}/review") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task A_dismissed_finding_is_shown_with_who_and_when_and_stops_costing_points()
    {
        var linzi = (await _client.GetJson("/api/v1/compliance?q=临淄&year=2024")).Items()[0]!;
        var reportId = (int)linzi["reportId"]!;
        Assert.Equal(78.8, (double)linzi["score"]!);
        var finding = (await _client.GetJson($"/api/v1/findings?rule=date.missing&year=2024")).Items()
            .Single(f => (int)f!["reportId"]! == reportId)!;
        var id = (long)finding["findingId"]!;
        Assert.Null(finding["reviewStatus"]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Review(id, new { status = "dismissed" }, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Review(id, new { status = "dismissed" }, key: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Review(id, new { status = "maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Review(99999999, new { status = "confirmed" })).StatusCode);

        using var ok = await Review(id, new { status = "dismissed", note = "落款日期在网页上另行公布" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var review = System.Text.Json.Nodes.JsonNode.Parse(await ok.Content.ReadAsStringAsync())!;
        Assert.Equal(("dismissed", ApiFactory.ReviewerName), ((string?)review["status"], (string?)review["reviewer"]));

        var shown = (await _client.GetJson($"/api/v1/findings?rule=date.missing&year=2024")).Items().Single(f => (long)f!["findingId"]! == id)!;
        Assert.Equal(("dismissed", "落款日期在网页上另行公布", ApiFactory.ReviewerName), ((string?)shown["reviewStatus"], (string?)shown["reviewNote"], (string?)shown["reviewer"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string?)shown["reviewedAt"]);
        var csv = await _client.GetStringAsync("/api/v1/findings?rule=date.missing&year=2024&format=csv");
        Assert.Contains($",dismissed,落款日期在网页上另行公布,{ApiFactory.ReviewerName},", csv);

        // Both shipped profiles let dismissed findings go free: the stored default score and the city grid's.
        Assert.Equal(100.0, (double)(await _client.GetJson("/api/v1/compliance?q=临淄&year=2024")).Items()[0]!["score"]!);
        Assert.Equal(100.0, (double)(await _client.GetJson("/api/v1/compliance?q=临淄&year=2024&profile=city-grid")).Items()[0]!["score"]!);
        var explained = await _client.GetJson($"/api/v1/compliance/{reportId}");
        Assert.Contains(explained["components"]![0]!["findings"]!.AsArray(), f => (string?)f!["effect"] == "dismissed");
    }
}
