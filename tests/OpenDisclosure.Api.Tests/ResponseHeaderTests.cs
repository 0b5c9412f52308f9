using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace OpenDisclosure.Api.Tests;

/// <summary>Headers and links a client can trust (issue 17, item 11): nosniff everywhere, no Host-header links, the
/// Swagger UI only where it is meant to be.</summary>
[Collection("api")]
public sealed class ResponseHeaderTests(ApiFactory factory)
{
    [Theory]
    [InlineData("GET", "/health", 200)]
    [InlineData("GET", "/api/v1/reports", 200)]
    [InlineData("GET", "/api/v1/reports/999999", 404)]
    [InlineData("GET", "/api/v1/reports?limit=0", 400)]
    [InlineData("POST", "/api/v1/validate", 415)]
    [InlineData("GET", "/no-such-page", 404)]
    public async Task Every_response_says_nosniff(string method, string url, int status)
    {
        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Next_links_ignore_the_host_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports?limit=2");
        request.Headers.Host = "evil.example";

        using var response = await factory.CreateClient().SendAsync(request);
        var next = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["next"];

        Assert.Equal("/api/v1/reports?limit=2&after=2", next);
        Assert.Equal("</api/v1/reports?limit=2&after=2>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task Next_links_use_the_configured_public_url()
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Api:PublicBaseUrl", "https://data.example.org/"));

        var page = JsonNode.Parse(await configured.CreateClient().GetStringAsync("/api/v1/reports?limit=2"))!;

        Assert.Equal("https://data.example.org/api/v1/reports?limit=2&after=2", (string?)page["next"]);
    }

    [Theory]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Production", null, HttpStatusCode.NotFound)]
    [InlineData("Production", "true", HttpStatusCode.OK)]
    [InlineData("Development", "false", HttpStatusCode.NotFound)]
    public async Task Swagger_ui_is_on_in_development_or_when_switched_on(string environment, string? swagger, HttpStatusCode expected)
    {
        using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            if (swagger is not null) b.UseSetting("Api:Swagger", swagger);
        });
        var client = host.CreateClient();

        using var ui = await client.GetAsync("/swagger/index.html");
        using var document = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.Equal(expected, ui.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode); // the contract is always published
    }
}
