using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// A prepared INSERT reused for every row: parameters are re-bound, never re-created, which is what makes the import fast.
/// Column names are the row classes' property names (EF's default column naming).
/// </summary>
internal sealed class InsertCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public InsertCommand(SqliteConnection connection, string table, string[] columns, string? returning = null)
    {
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})" +
            (returning is null ? "" : $" RETURNING \"{returning}\"");
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
    }

    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    /// <summary>Binds the values in column order (null becomes SQL NULL) and runs the insert.</summary>
    public void Run(params object?[] values)
    {
        Bind(values);
        _command.ExecuteNonQuery();
    }

    /// <summary>Like <see cref="Run"/>, returning the generated key named in the constructor.</summary>
    public long RunReturningId(params object?[] values)
    {
        Bind(values);
        return (long)_command.ExecuteScalar()!;
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"Expected {_parameters.Length} values, got {values.Length}.", nameof(values));
        for (var i = 0; i < values.Length; i++)
            _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
