using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// For bulk loads: drops the non-unique secondary indexes and rebuilds them once at the end (a sort is far cheaper than
/// keeping ~90 index entries per report up to date row by row). The dropped definitions are kept in the meta table in
/// the same transaction as the drop, so an import that dies halfway gets its indexes back on the next run.
/// Unique indexes stay: they guard one report per agency and year.
/// </summary>
internal static class DeferredIndexes
{
    private const string MetaKey = "deferred_indexes";

    public static void Drop(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'";
            using var reader = list.ExecuteReader();
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        if (indexes.Count == 0) return;

        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"INSERT OR REPLACE INTO {Tables.Meta} (\"Key\", \"Value\") VALUES ($key, $value)",
            ("$key", MetaKey), ("$value", JsonSerializer.Serialize(indexes.Select(i => i.Sql))));
        foreach (var (name, _) in indexes)
            Execute(connection, transaction, $"DROP INDEX \"{name}\"");
        transaction.Commit();
    }

    /// <summary>Rebuilds whatever <see cref="Drop"/> removed; a no-op when nothing is pending.</summary>
    public static void Restore(SqliteConnection connection)
    {
        string? pending;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT \"Value\" FROM {Tables.Meta} WHERE \"Key\" = $key";
            read.Parameters.AddWithValue("$key", MetaKey);
            pending = read.ExecuteScalar() as string;
        }
        if (pending is null) return;

        using var transaction = connection.BeginTransaction();
        foreach (var sql in JsonSerializer.Deserialize<string[]>(pending) ?? [])
            Execute(connection, transaction, sql.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
        Execute(connection, transaction, $"DELETE FROM {Tables.Meta} WHERE \"Key\" = $key", ("$key", MetaKey));
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
