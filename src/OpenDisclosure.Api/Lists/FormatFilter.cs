namespace OpenDisclosure.Api.Lists;

/// <summary>Marks an endpoint that can answer in CSV and names the CSV header codes (for OpenAPI).</summary>
public sealed record CsvExportMetadata(IReadOnlyList<string> Headers);

/// <summary>
/// Rejects an unsupported <c>format</c> with 406 before the handler runs: json everywhere, csv where the endpoint
/// carries <see cref="CsvExportMetadata"/>.
/// </summary>
public sealed class FormatFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Query.TryGetValue("format", out var values)) return next(context);
        var format = values.ToString();
        var csv = http.GetEndpoint()?.Metadata.GetMetadata<CsvExportMetadata>() is not null;
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            || csv && string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            return next(context);
        return ValueTask.FromResult<object?>(Hosting.Problems.NotAcceptable(format, csv ? "json or csv" : "json"));
    }
}

public static class CsvEndpointExtensions
{
    /// <summary>Declares a list endpoint: JSON page, streamed CSV with these headers, 400 and 406 problems.</summary>
    public static RouteHandlerBuilder ProducesList<T>(this RouteHandlerBuilder builder, CsvColumns<T> columns) =>
        builder.ProducesList(columns.Headers);

    public static RouteHandlerBuilder ProducesList(this RouteHandlerBuilder builder, IReadOnlyList<string> headers) =>
        builder.WithMetadata(new CsvExportMetadata(headers))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
}
