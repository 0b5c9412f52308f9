using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The hot lists run one hand-written SQL text per combination of filters: every combination must return exactly
/// the items of the unfiltered list that match it, in the same order.
/// </summary>
[Collection("api")]
public sealed class FilterCombinationTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Findings_every_filter_combination()
    {
        var all = (await _client.GetJson("/api/v1/findings?limit=1000")).Items();
        await CheckAll(all, all.Last()!, ["agency", "year", "severity", "rule"], ["agencyId", "year", "severity", "rule"], "/api/v1/findings");
    }

    [Fact]
    public async Task Request_outcomes_every_filter_combination()
    {
        var all = (await _client.GetJson("/api/v1/request-outcomes?limit=1000")).Items();
        await CheckAll(all, all.Last()!, ["agency", "year", "row"], ["agencyId", "year", "row"], "/api/v1/request-outcomes");
    }

    [Fact]
    public async Task Agencies_every_filter_combination()
    {
        var all = (await _client.GetJson("/api/v1/agencies?limit=1000")).Items();
        var reports = (await _client.GetJson("/api/v1/reports?limit=1000")).Items();
        var probe = reports.Last()!;
        var name = (string)all.Single(a => (int)a!["agencyId"]! == (int)probe["agencyId"]!)!["agencyName"]!;
        var year = (int)probe["year"]!;
        // Two characters are scanned; three or more go through the trigram index.
        foreach (var (q, inYear) in new (string?, int?)[]
            {
                (null, null), (name[1..3], null), (null, year), (name[1..3], year), (name[1..4], null), (name[1..4], year), (name, null),
                ("人民政府", null),
            })
        {
            var expected = all.Where(a => (q is null || ((string)a!["agencyName"]!).Contains(q))
                    && (inYear is null || reports.Any(r => (int)r!["agencyId"]! == (int)a!["agencyId"]! && (int)r["year"]! == inYear)))
                .Select(a => a!.ToJsonString()).ToList();
            var url = $"/api/v1/agencies?limit=1000{(q is null ? "" : "&q=" + Uri.EscapeDataString(q))}{(inYear is null ? "" : $"&year={inYear}")}";
            var actual = (await _client.GetJson(url)).Items().Select(a => a!.ToJsonString()).ToList();
            Assert.NotEmpty(actual);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("人民\"政府")]
    [InlineData("\"")]
    [InlineData("政府 OR 人民")]
    [InlineData("政府*")]
    public async Task Agency_search_takes_query_syntax_characters_literally(string q)
    {
        var page = await _client.GetJson($"/api/v1/agencies?q={Uri.EscapeDataString(q)}");
        Assert.Empty(page.Items());
    }

    /// <summary>For each subset of the filters: the list filtered by the probe's values equals the matching items of <paramref name="all"/>.</summary>
    private async Task CheckAll(JsonArray all, JsonNode probe, string[] names, string[] fields, string path)
    {
        Assert.True(all.Count < 1000, "the unfiltered list must fit one page");
        var narrowest = all.Count;
        for (var mask = 1; mask < 1 << names.Length; mask++)
        {
            var used = Enumerable.Range(0, names.Length).Where(i => (mask & 1 << i) != 0).ToList();
            var url = path + "?limit=1000" + string.Concat(used.Select(i => $"&{names[i]}={Uri.EscapeDataString(Value(probe[fields[i]]))}"));
            var expected = all.Where(item => used.All(i => Value(item![fields[i]]) == Value(probe[fields[i]])))
                .Select(item => item!.ToJsonString()).ToList();
            var actual = (await _client.GetJson(url)).Items().Select(item => item!.ToJsonString()).ToList();
            Assert.True(expected.Count > 0, url);
            Assert.True(expected.SequenceEqual(actual), $"{url}: {actual.Count} items, expected {expected.Count}");
            narrowest = Math.Min(narrowest, actual.Count);
        }
        Assert.True(narrowest < all.Count / 2, "the probe's filters should narrow the list");
    }

    private static string Value(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node!.ToJsonString();
}
