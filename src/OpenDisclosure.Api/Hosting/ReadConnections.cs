using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data;
using SQLitePCL;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Open, read-only connections for the hot list queries, each keeping its prepared statements between requests.
/// Measured on the 100,000-report bench: through EF a 25-row page paid more for renting a context, opening a pooled
/// connection (which re-registers EF's SQL functions under a lock) and preparing the statement again than for the
/// SQL itself. A connection is rented for one request and comes back to the idle set when disposed.
/// </summary>
public sealed class ReadConnections(AppPaths paths) : IDisposable
{
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private volatile bool _disposed;

    public ReadConnection Rent() => _idle.TryTake(out var connection) ? connection : new ReadConnection(this, paths.Database);

    internal void Return(ReadConnection connection)
    {
        if (_disposed) connection.Close();
        else _idle.Add(connection);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection)) connection.Close();
    }
}

/// <summary>One rented connection: <see cref="Query"/> runs its prepared statement for a SQL text.</summary>
public sealed class ReadConnection : IDisposable
{
    private readonly ReadConnections _owner;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, sqlite3_stmt> _statements = new(StringComparer.Ordinal);

    internal ReadConnection(ReadConnections owner, string databasePath)
    {
        _owner = owner;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(DisclosureDbFactory.ConnectionString(databasePath))
        {
            Pooling = false,
        }.ToString());
        _connection.Open();
        using var pragmas = _connection.CreateCommand();
        // query_only: these connections never write, whatever a handler does by mistake.
        pragmas.CommandText = "PRAGMA query_only = 1;";
        pragmas.ExecuteNonQuery();
        // Statements are stepped natively (not through SqliteCommand, which retries a busy database itself).
        raw.sqlite3_busy_timeout(_connection.Handle, _connection.DefaultTimeout * 1000);
    }

    /// <summary>
    /// Runs the prepared statement of <paramref name="sql"/> with these parameter values (names as in the SQL, e.g.
    /// <c>$year</c>; int, long, string or null). Names the SQL does not use are ignored. Dispose the rows before
    /// the connection.
    /// </summary>
    public Rows Query(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var handle = _connection.Handle!;
        if (!_statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v3(handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement));
            _statements.Add(sql, statement);
        }
        foreach (var (name, value) in parameters)
        {
            var index = raw.sqlite3_bind_parameter_index(statement, name);
            if (index != 0) Check(NativeSql.Bind(statement, index, value));
        }
        return new Rows(statement, handle);
    }

    public void Dispose() => _owner.Return(this);

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw NativeSql.Error(_connection.Handle!, rc);
    }

    internal void Close()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _connection.Dispose();
    }
}

/// <summary>The rows of a running statement, read in place; disposing resets the statement for its next use.</summary>
public readonly struct Rows(sqlite3_stmt statement, sqlite3 handle) : IDisposable
{
    public sqlite3_stmt Statement => statement;

    /// <summary>Steps to the next row; false when there is none.</summary>
    public bool Next()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc == raw.SQLITE_DONE) return false;
        throw NativeSql.Error(handle, rc);
    }

    public bool IsNull(int column) => SqliteColumns.Type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => SqliteColumns.Int64(statement, column);

    public int Int32(int column) => (int)SqliteColumns.Int64(statement, column);

    public int? Int32OrNull(int column) => IsNull(column) ? null : Int32(column);

    public long? Int64OrNull(int column) => IsNull(column) ? null : Int64(column);

    public string Text(int column) => System.Text.Encoding.UTF8.GetString(SqliteColumns.Utf8(statement, column));

    public string? TextOrNull(int column) => IsNull(column) ? null : Text(column);

    public void Dispose() => raw.sqlite3_reset(statement);
}
