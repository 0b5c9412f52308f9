using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>The JSON 200 body is one of these types, chosen by a parameter (e.g. <c>shape</c>).</summary>
public sealed record AlternativeResponsesMetadata(params Type[] Types);

/// <summary>
/// ApiExplorer keeps one type per status code, so an endpoint whose JSON shape depends on a parameter is
/// described here as <c>oneOf</c> its alternatives.
/// </summary>
public sealed class AlternativeResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var alternatives = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternativeResponsesMetadata>().FirstOrDefault();
        if (alternatives is null || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok)
            || ok.Content is null || !ok.Content.TryGetValue("application/json", out var json) || json is not OpenApiMediaType media) return;
        media.Schema = new OpenApiSchema
        {
            OneOf = alternatives.Types.Select(t => context.SchemaGenerator.GenerateSchema(t, context.SchemaRepository)).ToList(),
        };
    }
}
