using Microsoft.Data.Sqlite;
using OpenDisclosure.Api.Hosting;
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
        http.Response.ContentType = CsvResult<object>.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.csv\"";
        var csv = new CsvWriter(http.Response.BodyWriter);
        csv.Preamble(bom);
        foreach (var header in query.Headers) csv.Field(header);
        csv.EndRow();

        // A connection of its own without SQLite's per-connection mutex (NOMUTEX): the export calls SQLite ~25
        // times a row, and in the default serialized mode each call locks and unlocks it (a fifth of the export's CPU).
        // Safe because this connection is only ever used by one request at a time.
        var rc = raw.sqlite3_open_v2(http.RequestServices.GetRequiredService<AppPaths>().Database, out var handle,
            raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        using (handle)
        {
            if (rc != raw.SQLITE_OK) throw SqlCsvQuery.Error(handle, rc);
            raw.sqlite3_busy_timeout(handle, BusyTimeoutMs);
            using var statement = query.Prepare(handle);
            while (WriteRows(statement, handle, csv)) await csv.FlushAsync(ct);
            await csv.FlushAsync(ct);
        }
    }

    /// <summary>
    /// Writes rows until the writer's buffer is half full (true: more rows may follow) or the statement is done
    /// (false). Synchronous, so there is no await per row: SQLite reads are blocking calls anyway.
    /// </summary>
    private static bool WriteRows(sqlite3_stmt statement, sqlite3 handle, CsvWriter csv)
    {
        var columns = raw.sqlite3_column_count(statement);
        while (!csv.IsHalfFull)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_DONE) return false;
            if (rc != raw.SQLITE_ROW) throw SqlCsvQuery.Error(handle, rc);
            for (var i = 0; i < columns; i++)
            {
                switch (SqliteColumns.Type(statement, i))
                {
                    case raw.SQLITE_NULL: csv.Field((string?)null); break;
                    case raw.SQLITE_INTEGER: csv.Field(SqliteColumns.Int64(statement, i)); break;
                    case raw.SQLITE_TEXT: csv.Field(SqliteColumns.Utf8(statement, i)); break;
                    default: throw new NotSupportedException($"CSV column {i} holds a value that is neither INTEGER nor TEXT.");
                }
            }
            csv.EndRow();
        }
        return true;
    }
}

/// <summary>A SELECT with its CSV header codes (one per result column, same order) and positional parameters.</summary>
public sealed record SqlCsvQuery(IReadOnlyList<string> Headers, string Sql, IReadOnlyList<object> Parameters)
{
    internal sqlite3_stmt Prepare(sqlite3 handle)
    {
        var rc = raw.sqlite3_prepare_v2(handle, Sql, out var statement);
        if (rc != raw.SQLITE_OK) throw Error(handle, rc);
        try
        {
            var columns = raw.sqlite3_column_count(statement);
            if (columns != Headers.Count)
                throw new InvalidOperationException($"{Headers.Count} CSV headers for a query of {columns} columns.");
            for (var i = 0; i < Parameters.Count; i++)
            {
                rc = Parameters[i] switch
                {
                    int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    long n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    string s => raw.sqlite3_bind_text(statement, i + 1, s),
                    var other => throw new ArgumentException($"No SQLite binding for {other.GetType().Name}."),
                };
                if (rc != raw.SQLITE_OK) throw Error(handle, rc);
            }
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    internal static SqliteException Error(sqlite3 handle, int rc) =>
        new(raw.sqlite3_errmsg(handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(handle));
}
