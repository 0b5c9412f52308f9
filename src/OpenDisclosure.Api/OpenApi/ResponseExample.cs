using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenDisclosure.Data.Contracts;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>An endpoint without parameters whose answer is fixed (catalogues): the real answer is its example.</summary>
public sealed record ResponseExampleMetadata(Func<object> Answer);

/// <summary>
/// Sets the 200 JSON example of endpoints carrying <see cref="ResponseExampleMetadata"/> to their real answer with
/// every list cut to its first item, so the example shows each shape and never drifts from the code.
/// </summary>
public sealed class ResponseExampleFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = ContractJson.Create();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseExampleMetadata>().FirstOrDefault();
        if (example is null || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok)
            || ok.Content is null || !ok.Content.TryGetValue("application/json", out var json) || json is not OpenApiMediaType media) return;
        media.Example = FirstItems(JsonSerializer.SerializeToNode(example.Answer(), Json));
    }

    private static JsonNode? FirstItems(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                while (array.Count > 1) array.RemoveAt(array.Count - 1);
                if (array.Count == 1) FirstItems(array[0]);
                break;
            case JsonObject obj:
                foreach (var (_, value) in obj) FirstItems(value);
                break;
        }
        return node;
    }
}
