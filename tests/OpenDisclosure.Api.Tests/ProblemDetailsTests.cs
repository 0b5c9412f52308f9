using System.Net;

namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class ProblemDetailsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/reports/999999")]
    [InlineData("/api/v1/agencies/999999")]
    public async Task Unknown_id_is_404_problem(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await _client.GetJson(url, HttpStatusCode.NotFound);
        Assert.Equal(404, (int)problem["status"]!);
        Assert.Contains("999999", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("/api/v1/request-outcomes?row=foo", "row")]
    [InlineData("/api/v1/request-outcomes?shape=tall", "shape")]
    [InlineData("/api/v1/findings?severity=bad", "severity")]
    [InlineData("/api/v1/reports?limit=0", "limit")]
    [InlineData("/api/v1/findings?limit=1001", "limit")]
    [InlineData("/api/v1/request-outcomes?after=12", "after")]
    [InlineData("/api/v1/agencies?after=x", "after")]
    public async Task Bad_parameter_is_400_naming_it(string url, string parameter)
    {
        var problem = await _client.GetJson(url, HttpStatusCode.BadRequest);

        Assert.Equal(400, (int)problem["status"]!);
        Assert.NotNull(problem["errors"]![parameter]);
        Assert.Contains(parameter, (string?)problem["title"]);
    }

    [Theory]
    [InlineData("/api/v1/reports?year=abc", "year")]
    [InlineData("/api/v1/request-outcomes?agency=x", "agency")]
    [InlineData("/api/v1/reports?format=csv&bom=maybe", "bom")]
    public async Task Unbindable_value_is_400_problem_naming_the_parameter(string url, string parameter)
    {
        var problem = await _client.GetJson(url, HttpStatusCode.BadRequest);

        Assert.Equal(400, (int)problem["status"]!);
        Assert.Contains(parameter, (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/request-outcomes?format=xml")]
    [InlineData("/api/v1/findings?format=xlsx")]
    [InlineData("/api/v1/codelists?format=csv")]
    public async Task Unsupported_format_is_406_problem(string url)
    {
        var problem = await _client.GetJson(url, HttpStatusCode.NotAcceptable);

        Assert.Equal(406, (int)problem["status"]!);
        Assert.Contains("format", (string?)problem["detail"]);
    }
}
