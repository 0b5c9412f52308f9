using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// A prepared statement (mostly an INSERT) reused for every row, driven through the connection's native handle:
/// bound by position, stepped, reset. ADO.NET commands cost ~10 µs a row here (reader per call, parameters looked up by name), several times the
/// insert itself. Values are written in the exact text formats Microsoft.Data.Sqlite uses, so EF reads them back.
/// Column names are the row classes' property names (EF's default column naming).
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

    public NativeStatement(SqliteConnection connection, string sql, int parameters = 0)
    {
        _db = connection.Handle!;
        _columns = parameters;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public static NativeStatement Insert(SqliteConnection connection, string table, string[] columns) =>
        new(connection,
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})",
            columns.Length);

    /// <summary>Binds the values in column order (null becomes SQL NULL) and runs the insert.</summary>
    public void Run(params object?[] values)
    {
        if (values.Length != _columns)
            throw new ArgumentException($"Expected {_columns} values, got {values.Length}.", nameof(values));
        try
        {
            for (var i = 0; i < values.Length; i++) Check(Bind(i + 1, values[i]));
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Like <see cref="Run"/>, returning the new row's integer key.</summary>
    public long RunReturningId(params object?[] values)
    {
        Run(values);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        int i => raw.sqlite3_bind_int64(_statement, index, i),
        long l => raw.sqlite3_bind_int64(_statement, index, l),
        string s => raw.sqlite3_bind_text(_statement, index, s),
        // Same text forms as Microsoft.Data.Sqlite's binder (EF stores decimal and dates as TEXT).
        decimal d => raw.sqlite3_bind_text(_statement, index, d.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        DateOnly d => raw.sqlite3_bind_text(_statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        DateTime t => raw.sqlite3_bind_text(_statement, index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"No SQLite binding for {value.GetType().Name}.", nameof(value)),
    };

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => _statement.Dispose();
}
