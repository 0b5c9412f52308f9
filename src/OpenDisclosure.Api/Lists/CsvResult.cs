namespace OpenDisclosure.Api.Lists;

/// <summary>
/// Streams a list as CSV: each item is written to the response as it comes off the database reader, so an export
/// of any size runs in flat memory.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> items, CsvColumns<T> columns, bool bom, string fileName)
    : IResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.csv\"";
        var csv = new CsvWriter(http.Response.BodyWriter);
        csv.Preamble(bom);
        columns.WriteHeader(csv);
        await foreach (var item in items.WithCancellation(ct))
        {
            columns.WriteRow(csv, item);
            await csv.FlushIfFullAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
