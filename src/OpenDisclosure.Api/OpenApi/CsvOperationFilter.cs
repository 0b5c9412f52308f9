using Microsoft.OpenApi;
using OpenDisclosure.Api.Lists;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>Describes the text/csv answer of list endpoints, with the header row their CSV starts with.</summary>
public sealed class CsvOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var csv = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExportMetadata>().FirstOrDefault();
        if (csv is null || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok)
            || ok.Content is null) return;
        ok.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180, UTF-8, CRLF; every matching row (no paging). Header row: " + string.Join(",", csv.Headers),
            },
        };
    }
}
