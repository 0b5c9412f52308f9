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

    [Fact]
    public async Task Every_operation_has_an_operation_id_an_example_and_enums_for_its_coded_parameters()
    {
        var doc = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var ids = new List<string>();
        string[] coded = ["severity", "shape", "row", "sort", "groupBy", "format"];

        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            var id = (string?)operation!["operationId"];
            Assert.False(string.IsNullOrWhiteSpace(id), $"{method} {path} has no operationId");
            ids.Add(id!);
            var parameters = operation["parameters"]?.AsArray() ?? [];
            foreach (var parameter in parameters.Where(p => coded.Contains((string?)p!["name"])))
                Assert.True(parameter!["schema"]!["enum"]?.AsArray().Count > 1, $"{method} {path}: {parameter["name"]} has no enum");
            var examples = parameters.Count(p => p!["example"] is not null)
                + (operation["requestBody"]?.ToJsonString().Contains("\"example\"") == true ? 1 : 0)
                + (operation["responses"]!.ToJsonString().Contains("\"example\"") ? 1 : 0);
            Assert.True(examples > 0, $"{method} {path} has no example");
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(["error", "warning", "info"],
            doc["paths"]!["/api/v1/findings"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "severity")!["schema"]!["enum"]!
                .AsArray().Select(v => (string?)v));
    }
}
