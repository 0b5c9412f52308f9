using System.Net;
using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

public static class HttpJson
{
    public static async Task<JsonNode> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public static JsonArray Items(this JsonNode page) => page["items"]!.AsArray();

    /// <summary>The single item whose agencyName is <paramref name="agency"/>.</summary>
    public static JsonNode OfAgency(this JsonNode page, string agency) =>
        Assert.Single(page.Items(), i => (string?)i!["agencyName"] == agency)!;
}
