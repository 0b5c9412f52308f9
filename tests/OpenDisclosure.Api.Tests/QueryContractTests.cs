using System.Net;
using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// Every /api/v1 endpoint holds its query string to the parameters it declares: one problem shape for every bad
/// parameter (errors.&lt;name&gt; with a sentence), unknown names refused, codes case-insensitive.
/// </summary>
[Collection("api")]
public sealed class QueryContractTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/reports?year=abc", "year", "year must be a whole number, e.g. year=2024; 'abc' is not.")]
    [InlineData("/api/v1/request-outcomes?agency=x", "agency", "agency must be a whole number, e.g. agency=4; 'x' is not.")]
    [InlineData("/api/v1/coverage?year=2023&hasReport=maybe", "hasReport", "hasReport must be true or false; 'maybe' is neither.")]
    [InlineData("/api/v1/reports?agency=1&agency=2", "agency", "agency is given 2 times; give it once (one value per parameter).")]
    [InlineData("/api/v1/findings?severity=bad", "severity", "severity 'bad' is not one of error, warning, info.")]
    public async Task A_bad_value_is_a_400_whose_errors_name_the_parameter_in_plain_words(string url, string name, string message)
    {
        var problem = await _client.GetJson(url, HttpStatusCode.BadRequest);

        Assert.Equal(message, (string?)Assert.Single(problem["errors"]![name]!.AsArray()));
        Assert.Equal($"Invalid parameter '{name}'", (string?)problem["title"]);
        Assert.DoesNotContain("bind", problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_parameter_is_a_400_naming_it_on_every_endpoint()
    {
        var doc = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var checkedPaths = 0;
        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            var url = path.Replace("{id}", "1").Replace("{reportId}", "1") + "?year__gte=2024&sort=-denied";
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
            // A body of a type the operation accepts (else routing answers 415 before any query check).
            var bodyType = operation!["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();
            if (method == "post")
                request.Content = bodyType == "application/json"
                    ? new StringContent("{}", System.Text.Encoding.UTF8, bodyType)
                    : new StringContent("x");
            using var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url}: {(int)response.StatusCode} {body}");
            var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
            Assert.Contains("year__gte", errors.Select(e => e.Key));
            // /compliance declares sort (score, -score), /similarity sort (share, -share): there -denied is a bad value,
            // elsewhere an unknown name.
            var sort = (string?)errors["sort"]![0];
            Assert.Contains(path switch
            {
                "/api/v1/compliance" => "'-denied' is not one of score, -score",
                "/api/v1/similarity" => "'-denied' is not one of share, -share",
                _ => "'sort' is not a parameter of this endpoint",
            }, sort);
            checkedPaths++;
        }
        Assert.True(checkedPaths >= 17, $"only {checkedPaths} operations checked");
    }

    [Theory]
    [InlineData("/api/v1/findings?severity=WARNING", "/api/v1/findings?severity=warning")]
    [InlineData("/api/v1/request-outcomes?row=Total_Processed&shape=LONG", "/api/v1/request-outcomes?row=total_processed&shape=long")]
    [InlineData("/api/v1/compliance?sort=-SCORE", "/api/v1/compliance?sort=-score")]
    [InlineData("/api/v1/stats/request-outcomes?groupBy=Agency", "/api/v1/stats/request-outcomes?groupBy=agency")]
    [InlineData("/api/v1/findings?rule=Date.Missing&year=2024", "/api/v1/findings?rule=date.missing&year=2024")]
    public async Task Codes_are_case_insensitive(string shouted, string canonical)
    {
        var expected = await _client.GetJson(canonical);
        var actual = await _client.GetJson(shouted);

        Assert.True(JsonNode.DeepEquals(expected, actual), $"{shouted} differs from {canonical}");
        Assert.NotEmpty(expected["items"]?.AsArray() ?? expected["groups"]!.AsArray());
    }

    [Fact]
    public async Task Json_is_readable_one_encoder_everywhere()
    {
        var page = await _client.GetStringAsync("/api/v1/request-outcomes?year=2024&limit=1");
        var stats = await _client.GetStringAsync("/api/v1/stats/request-outcomes");
        var findings = await _client.GetStringAsync("/api/v1/findings?year=2024&limit=1");

        Assert.Contains("?year=2024&limit=1&after=", page); // natively written page
        Assert.Contains("&after=", findings);
        Assert.Contains("(granted + partially_granted) / total_processed", stats); // serializer
        foreach (var body in new[] { page, stats, findings }) Assert.DoesNotContain("\\u00", body);
    }

    [Fact]
    public async Task The_compliance_list_shows_no_internal_sort_key()
    {
        var body = await _client.GetStringAsync("/api/v1/compliance?sort=score");
        var csv = await _client.GetStringAsync("/api/v1/compliance?sort=score&format=csv");

        Assert.DoesNotContain("scoreKey", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("scoreKey", csv, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"score\":93.8", body);
    }
}
