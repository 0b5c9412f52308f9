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
            Description = "One report file: flattened text, UTF-8, one table cell per line.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/plain"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["application/octet-stream"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                ["multipart/form-data"] = new OpenApiMediaType
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
