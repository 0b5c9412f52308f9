using Microsoft.OpenApi;

namespace OpenDisclosure.Api.OpenApi;

/// <summary>Swashbuckle set-up: one document (v1) with XML comments of the host and of the contracts.</summary>
public static class ApiDocumentation
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OpenDisclosure API",
                Version = "v1",
                Description = "Validated open data from China's government information disclosure annual reports "
                    + "(政府信息公开工作年度报告): tables 二, 三 and 四 and the findings of the consistency checks. "
                    + "Every list answers JSON pages (keyset cursor) or a streamed CSV (format=csv).",
            });
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(OpenDisclosure.Data.Contracts.ReportDetail).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml)) options.IncludeXmlComments(xml);
            }
            options.OperationFilter<CsvOperationFilter>();
            options.OperationFilter<ValidateBodyFilter>();
            options.OperationFilter<AlternativeResponsesFilter>();
            options.OperationFilter<QueryParameterFilter>();
            options.OperationFilter<ResponseExampleFilter>();
        });
        return services;
    }

    /// <summary>The document always (it is the contract); the UI in Development or with <c>Api:Swagger=true</c>.</summary>
    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        var ui = app.Configuration.GetValue<bool?>($"{Hosting.ApiOptions.Section}:{nameof(Hosting.ApiOptions.Swagger)}")
            ?? app.Environment.IsDevelopment();
        if (ui) app.UseSwaggerUI(options => options.SwaggerEndpoint(DocumentPath, "OpenDisclosure API v1"));
        return app;
    }
}
