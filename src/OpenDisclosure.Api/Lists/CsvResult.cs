namespace OpenDisclosure.Api.Lists;

/// <summary>
/// Streams a list as CSV: each item is written to the response as it comes off the database reader, so an export
/// of any size runs in flat memory.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> items, CsvColumns<T> columns, bool bom, string fileName)
    : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var csv = CsvWriter.ForResponse(http.Response, fileName, bom, columns.Headers);
        await foreach (var item in items.WithCancellation(ct))
        {
            columns.WriteRow(csv, item);
            await csv.FlushIfFullAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
