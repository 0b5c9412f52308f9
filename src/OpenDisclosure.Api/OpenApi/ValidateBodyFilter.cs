using Microsoft.OpenApi;
using OpenDisclosure.Api.Apis;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>The /validate handler reads the raw body itself, so the request body is described here.</summary>
public sealed class ValidateBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ValidateBodyMetadata>().Any()) return;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One report file: flattened text (one table cell per line), an HTML page, a .docx or a PDF; "
                + "the kind is told from the bytes. Other Content-Types (or none) get 415.",
            Content = new Dictionary<string, IOpenApiMediaType>(
                ValidateBodyTypes.Raw.Select(type => KeyValuePair.Create(type, (IOpenApiMediaType)new OpenApiMediaType
                {
                    Schema = type.StartsWith("text/", StringComparison.Ordinal)
                        ? new OpenApiSchema { Type = JsonSchemaType.String }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    // The start of a flattened report: title, then section 一 (the full text has all six sections).
                    Example = type == "text/plain"
                        ? System.Text.Json.Nodes.JsonValue.Create("临淄区人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n…")
                        : null,
                })))
            {
                [ValidateBodyTypes.Multipart] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };
    }
}
