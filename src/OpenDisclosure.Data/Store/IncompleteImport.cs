using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Store;

/// <summary>
/// An import that started and has not finished: recorded in the meta table (committed before its first batch) and
/// removed in the transaction that completes its derived data. Still there after the run means it was interrupted
/// (or is still running): some of its files may not be stored yet.
/// </summary>
public sealed record IncompleteImport(string Origin, IReadOnlyList<string> Paths, DateTime StartedUtc)
{
    internal const string MetaKey = "import_incomplete";

    public string Describe() =>
        $"an import ({Origin}) of {string.Join(", ", Paths)} started {StartedUtc:yyyy-MM-dd HH:mm:ss} UTC has not finished " +
        "(still running, or interrupted: run it again, stored files are skipped)";

    internal static List<IncompleteImport> Read(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT \"Value\" FROM {Tables.Meta} WHERE \"Key\" = '{MetaKey}'";
        return read.ExecuteScalar() is string json ? JsonSerializer.Deserialize<List<IncompleteImport>>(json) ?? [] : [];
    }

    /// <summary>Records <paramref name="started"/> (its own committed transaction).</summary>
    internal static void Begin(SqliteConnection connection, IncompleteImport started)
    {
        using var transaction = connection.BeginTransaction();
        Write(connection, transaction, [.. Read(connection, transaction), started]);
        transaction.Commit();
    }

    /// <summary>Removes <paramref name="finished"/> and every earlier import it covered (the same origin and paths), in the caller's transaction.</summary>
    internal static void End(SqliteConnection connection, SqliteTransaction transaction, IncompleteImport finished)
    {
        var left = Read(connection, transaction)
            .Where(i => !(i == finished || i.Origin == finished.Origin && i.Paths.All(finished.Paths.Contains)))
            .ToList();
        Write(connection, transaction, left);
    }

    private static void Write(SqliteConnection connection, SqliteTransaction transaction, List<IncompleteImport> imports)
    {
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        if (imports.Count == 0)
            write.CommandText = $"DELETE FROM {Tables.Meta} WHERE \"Key\" = '{MetaKey}'";
        else
        {
            write.CommandText = $"INSERT OR REPLACE INTO {Tables.Meta} (\"Key\", \"Value\") VALUES ('{MetaKey}', $value)";
            write.Parameters.AddWithValue("$value", JsonSerializer.Serialize(imports));
        }
        write.ExecuteNonQuery();
    }
}
