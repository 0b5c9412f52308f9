using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The served OpenAPI document must equal the committed openapi/v1.json, so any API change shows up in review.
/// After an intended change regenerate it with: <c>OPENAPI_UPDATE=1 dotnet test tests/OpenDisclosure.Api.Tests --filter OpenApi</c>.
/// </summary>
[Collection("api")]
public sealed class OpenApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Served_document_matches_the_committed_file()
    {
        var served = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var text = served.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";

        if (Environment.GetEnvironmentVariable("OPENAPI_UPDATE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RepoPaths.OpenApiDocument)!);
            File.WriteAllText(RepoPaths.OpenApiDocument, text);
        }

        Assert.True(File.Exists(RepoPaths.OpenApiDocument), "openapi/v1.json is missing; run with OPENAPI_UPDATE=1");
        var committed = JsonNode.Parse(File.ReadAllText(RepoPaths.OpenApiDocument))!;
        if (!JsonNode.DeepEquals(committed, served))
        {
            var actual = Path.Combine(Path.GetTempPath(), "openapi-v1.actual.json");
            File.WriteAllText(actual, text);
            Assert.Fail($"The served document differs from openapi/v1.json (served copy: {actual}). "
                + "If the change is intended: OPENAPI_UPDATE=1 dotnet test tests/OpenDisclosure.Api.Tests --filter OpenApi");
        }
    }

    [Fact]
    public async Task Every_operation_and_parameter_is_described()
    {
        var doc = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;

        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)operation!["summary"]), $"{method} {path} has no summary");
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["description"]),
                    $"{method} {path}: parameter {parameter["name"]} has no description");
        }
        Assert.NotNull(doc["paths"]!["/api/v1/request-outcomes"]!["get"]!["responses"]!["200"]!["content"]!["text/csv"]);
    }
}
