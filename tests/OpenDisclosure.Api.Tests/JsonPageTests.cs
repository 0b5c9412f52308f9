using System.Text.Json;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data.Contracts;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The hot lists write their JSON pages straight from SQLite's columns: the bytes must be what the serializer writes
/// for the same page (names, order, nulls, numbers, escaping of Chinese text, quotes and the &amp; of next links).
/// </summary>
[Collection("api")]
public sealed class JsonPageTests(ApiFactory factory)
{
    private static readonly JsonSerializerOptions Options = ContractJson.Create();
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/findings?limit=1000")]
    [InlineData("/api/v1/findings?limit=3&severity=warning")]
    public Task Findings(string url) => SameAsSerializer<FindingItem>(url);

    [Theory]
    [InlineData("/api/v1/agencies?limit=1000")]
    [InlineData("/api/v1/agencies?limit=2&q=%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C")]
    public Task Agencies(string url) => SameAsSerializer<AgencyItem>(url);

    [Theory]
    [InlineData("/api/v1/request-outcomes?limit=1000")]
    [InlineData("/api/v1/request-outcomes?limit=30&row=total_processed")]
    public Task Request_outcomes(string url) => SameAsSerializer<RequestOutcomeItem>(url);

    private async Task SameAsSerializer<T>(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var page = JsonSerializer.Deserialize<Page<T>>(body, Options)!;

        Assert.NotEmpty(page.Items);
        Assert.Equal(JsonSerializer.Serialize(page, Options), body);
        if (page.Next is null) Assert.False(response.Headers.Contains("Link"));
        else Assert.Equal($"<{page.Next}>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
    }
}
