namespace OpenDisclosure.Api.Hosting;

/// <summary>Settings of section <c>Api</c>: how the service presents itself to clients.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The URL clients reach the service at (e.g. <c>https://data.example.org</c>), used for absolute <c>next</c> links.
    /// Unset, <c>next</c> links are relative (<c>/api/v1/reports?after=…</c>): they are never built from the request's
    /// Host header, which any client can set.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Serves the Swagger UI at /swagger. Default: on in Development, off elsewhere. The OpenAPI document
    /// itself (/swagger/v1/swagger.json) is always served: it is the published contract.</summary>
    public bool? Swagger { get; set; }
}

/// <summary>Headers every response carries.</summary>
public static class SecurityHeaders
{
    /// <summary>Adds <c>X-Content-Type-Options: nosniff</c> as the response starts, so error pages written after an
    /// exception (which clear the headers) carry it too.</summary>
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
