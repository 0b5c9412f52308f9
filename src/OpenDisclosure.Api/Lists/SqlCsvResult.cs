using Microsoft.Data.Sqlite;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;
using SQLitePCL;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// Streams the rows of one SELECT as CSV, stepping a native statement on a connection of its own: INTEGER columns
/// are written as digits, TEXT columns as their stored UTF-8 bytes, NULL as an empty field. For exports of millions
/// of rows, where materialising an object per row (EF, ADO.NET strings) cost more than SQLite's own read; the bytes
/// are the same as <see cref="CsvResult{T}"/> writes for the same values.
/// </summary>
public sealed class SqlCsvResult(SqlCsvQuery query, bool bom, string fileName) : IResult
{
    // As Microsoft.Data.Sqlite's default command timeout: how long a statement waits for a locked database.
    private const int BusyTimeoutMs = 30_000;

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var csv = CsvWriter.ForResponse(http.Response, fileName, bom, query.Headers);

        // A connection of its own without SQLite's per-connection mutex (NOMUTEX): the export calls SQLite ~25
        // times a row, and in the default serialized mode each call locks and unlocks it (a fifth of the export's CPU).
        // Safe because this connection is only ever used by one request at a time.
        var rc = raw.sqlite3_open_v2(http.RequestServices.GetRequiredService<AppPaths>().Database, out var handle,
            raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        using (handle)
        {
            if (rc != raw.SQLITE_OK) throw NativeSql.Error(handle, rc);
            raw.sqlite3_busy_timeout(handle, BusyTimeoutMs);
            using var statement = query.Prepare(handle);
            while (WriteRows(statement, handle, query, csv)) await csv.FlushAsync(ct);
            await csv.FlushAsync(ct);
        }
    }

    /// <summary>
    /// Writes rows until the writer's buffer is half full (true: more rows may follow) or the statement is done
    /// (false). Synchronous, so there is no await per row: SQLite reads are blocking calls anyway.
    /// </summary>
    private static bool WriteRows(sqlite3_stmt statement, sqlite3 handle, SqlCsvQuery query, CsvWriter csv)
    {
        var columns = raw.sqlite3_column_count(statement);
        var codes = query.UnpivotCodes;
        var keys = columns - (codes?.Count ?? 0);
        while (!csv.IsHalfFull)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_DONE) return false;
            if (rc != raw.SQLITE_ROW) throw NativeSql.Error(handle, rc);
            if (codes is null)
            {
                for (var i = 0; i < columns; i++) Field(statement, i, csv);
                csv.EndRow();
                continue;
            }
            for (var k = 0; k < codes.Count; k++)
            {
                for (var i = 0; i < keys; i++) Field(statement, i, csv);
                csv.Field(codes[k]);
                Field(statement, keys + k, csv);
                csv.EndRow();
            }
        }
        return true;
    }

    private static void Field(sqlite3_stmt statement, int column, CsvWriter csv)
    {
        switch (SqliteColumns.Type(statement, column))
        {
            case raw.SQLITE_NULL: csv.Field((string?)null); break;
            case raw.SQLITE_INTEGER: csv.Field(SqliteColumns.Int64(statement, column)); break;
            case raw.SQLITE_TEXT: csv.Field(SqliteColumns.Utf8(statement, column)); break;
            default: throw new NotSupportedException($"CSV column {column} holds a value that is neither INTEGER nor TEXT.");
        }
    }
}

/// <summary>
/// A SELECT with its CSV header codes and positional parameters. Without <see cref="UnpivotCodes"/> there is one
/// header per result column. With them, the last <c>UnpivotCodes.Count</c> result columns are values: each row
/// becomes that many CSV rows of the leading columns, the value's code and the value (long shape), so the headers
/// are the leading columns' and then the code's and the value's.
/// </summary>
public sealed record SqlCsvQuery(IReadOnlyList<string> Headers, string Sql, IReadOnlyList<object> Parameters,
    IReadOnlyList<string>? UnpivotCodes = null)
{
    private int ResultColumns => UnpivotCodes is null ? Headers.Count : Headers.Count - 2 + UnpivotCodes.Count;

    internal sqlite3_stmt Prepare(sqlite3 handle)
    {
        var rc = raw.sqlite3_prepare_v2(handle, Sql, out var statement);
        if (rc != raw.SQLITE_OK) throw NativeSql.Error(handle, rc);
        try
        {
            var columns = raw.sqlite3_column_count(statement);
            if (columns != ResultColumns)
                throw new InvalidOperationException($"A query of {columns} columns for CSV headers {string.Join(',', Headers)}.");
            for (var i = 0; i < Parameters.Count; i++)
            {
                rc = NativeSql.Bind(statement, i + 1, Parameters[i]);
                if (rc != raw.SQLITE_OK) throw NativeSql.Error(handle, rc);
            }
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }
}
