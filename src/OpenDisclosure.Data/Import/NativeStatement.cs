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

    /// <summary>An INSERT of <paramref name="rows"/> rows at once: parameter ?(r × columns + c + 1) is column c of row r.</summary>
    public static NativeStatement Insert(SqliteConnection connection, string table, string[] columns, bool orReplace = false, int rows = 1) =>
        new(connection,
            $"INSERT {(orReplace ? "OR REPLACE " : "")}INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES " +
            string.Join(", ", Enumerable.Range(0, rows).Select(r =>
                $"({string.Join(", ", columns.Select((_, i) => $"?{r * columns.Length + i + 1}"))})")),
            columns.Length * rows);

    /// <summary>Binds the values in column order (null becomes SQL NULL) and runs the statement. For rows written
    /// once per report; the per-row hot paths use the typed <see cref="Bind(int, long?)"/> overloads and <see cref="Execute"/>,
    /// which neither box nor allocate.</summary>
    public void Run(params object?[] values)
    {
        if (values.Length != _columns)
            throw new ArgumentException($"Expected {_columns} values, got {values.Length}.", nameof(values));
        for (var i = 0; i < values.Length; i++) BindObject(i + 1, values[i]);
        Execute();
    }

    /// <summary>Like <see cref="Run"/>, returning the new row's integer key.</summary>
    public long RunReturningId(params object?[] values)
    {
        Run(values);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Steps the bound statement once and resets it (bindings are replaced by the next row's).</summary>
    public void Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public NativeStatement Bind(int index, long? value) =>
        Checked(value is { } v ? NativeBinds.Int64(_statement, index, v) : NativeBinds.Null(_statement, index));

    public NativeStatement Bind(int index, string? value) =>
        Checked(value is null ? NativeBinds.Null(_statement, index) : NativeBinds.Text(_statement, index, value));

    // Same text forms as Microsoft.Data.Sqlite's binder (EF stores decimal and dates as TEXT).
    public NativeStatement Bind(int index, decimal? value) =>
        Bind(index, value?.ToString("0.0###########################", CultureInfo.InvariantCulture));

    public NativeStatement Bind(int index, DateOnly? value) =>
        Bind(index, value?.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));

    public NativeStatement Bind(int index, DateTime? value) =>
        Bind(index, value?.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));

    public NativeStatement Bind(int index, double? value) =>
        Checked(value is { } v ? NativeBinds.Double(_statement, index, v) : NativeBinds.Null(_statement, index));

    private void BindObject(int index, object? value)
    {
        switch (value)
        {
            case null: Bind(index, (long?)null); break;
            case int i: Bind(index, i); break;
            case long l: Bind(index, l); break;
            case string s: Bind(index, s); break;
            case double d: Bind(index, d); break;
            case decimal d: Bind(index, d); break;
            case DateOnly d: Bind(index, d); break;
            case DateTime t: Bind(index, t); break;
            default: throw new ArgumentException($"No SQLite binding for {value.GetType().Name}.", nameof(value));
        }
    }

    private NativeStatement Checked(int rc)
    {
        Check(rc);
        return this;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
            throw NativeSql.Error(_db, rc);
    }

    public void Dispose() => _statement.Dispose();
}
