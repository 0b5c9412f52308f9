namespace OpenDisclosure.Api.Lists;

/// <summary>Marks an endpoint that can answer in CSV (<c>format=csv</c>) and names the CSV header codes (for OpenAPI).</summary>
public sealed record CsvExportMetadata(IReadOnlyList<string> Headers);

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
