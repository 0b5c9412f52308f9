using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenDisclosure.Api.Hosting;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>
/// Lists the accepted values of every coded query parameter as its schema's enum, from the same <see cref="Lists.CodesAttribute"/>
/// that <see cref="QueryCheck"/> enforces, and says that codes are case-insensitive.
/// </summary>
public sealed class QueryParameterFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null) return;
        var handler = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is null) return;
        var declared = QueryParameters.Of(handler);
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null
                || !declared.TryGetValue(parameter.Name, out var query) || query.Codes is null
                || parameter.Schema is not OpenApiSchema schema) continue;
            schema.Enum = query.Codes.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
    }
}
