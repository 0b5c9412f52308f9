using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class PagingTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/request-outcomes?limit=7", "row", 1)]
    [InlineData("/api/v1/request-outcomes?shape=long&limit=30", "column", 7)]
    [InlineData("/api/v1/reports?limit=2", null, 1)]
    [InlineData("/api/v1/agencies?limit=1", null, 1)]
    public async Task Next_links_walk_every_item_exactly_once(string firstPage, string? keyField, int perWideRow)
    {
        var seen = new List<string>();
        string? url = firstPage;
        var pages = 0;
        while (url is not null)
        {
            using var response = await _client.GetAsync(url);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var next = (string?)page["next"];
            if (next is null) Assert.False(response.Headers.Contains("Link"));
            else Assert.Equal($"<{next}>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
            seen.AddRange(page.Items().Select(i => Key(i!, keyField)));
            url = next;
            Assert.True(++pages < 500, "paging does not end");
        }

        var all = await _client.GetStringAsync(firstPage.Split('?')[0] + "?format=csv");
        var csvRows = all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.True(pages > 1, "the walk should span several pages");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(csvRows * perWideRow, seen.Count);
    }

    private static string Key(JsonNode item, string? field) =>
        $"{item["reportId"] ?? item["agencyId"]}|{item["row"]}|{(field is null ? "" : item[field])}";
}
