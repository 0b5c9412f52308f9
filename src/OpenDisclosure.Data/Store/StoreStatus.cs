using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Store;

/// <summary>
/// The store's state as a probe or a tool reports it, from a handful of O(1) reads (the header's mark, the meta
/// rows, whether any report still waits for its derived data): never a scan of the data.
/// </summary>
public sealed record StoreStatus(bool Marked, int? SchemaVersion, IReadOnlyList<IncompleteImport> Incomplete, long DerivedPending)
{
    /// <summary>Ours, current, and no import left anything unfinished.</summary>
    public bool IsComplete => Marked && SchemaVersion == DisclosureDb.SchemaVersion && Incomplete.Count == 0 && DerivedPending == 0;

    /// <summary>What is wrong, in one sentence per problem; empty when <see cref="IsComplete"/>.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Marked) yield return "the database does not carry OpenDisclosure's application_id";
        if (SchemaVersion != DisclosureDb.SchemaVersion)
            yield return $"schema version {SchemaVersion?.ToString() ?? "missing"}, {DisclosureDb.SchemaVersion} expected";
        foreach (var import in Incomplete) yield return import.Describe();
        if (DerivedPending > 0) yield return $"{DerivedPending} report(s) still wait for their cross-year findings, scores and agency figures";
    }

    public static StoreStatus Read(string databasePath, TimeSpan busyTimeout)
    {
        using var connection = ReadOnlyConnection.Open(databasePath, busyTimeout);
        return Read(connection);
    }

    /// <summary>Reads the status over an open connection (the API's probe keeps one).</summary>
    public static StoreStatus Read(SqliteConnection connection)
    {
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar() ?? 0L);
        }
        using var version = connection.CreateCommand();
        version.CommandText = $"SELECT \"Value\" FROM {Tables.Meta} WHERE \"Key\" = '{DatabaseBootstrap.SchemaVersionKey}'";
        var schema = int.TryParse(version.ExecuteScalar() as string, out var v) ? v : (int?)null;
        // A count bounded by what an interruption left (at most one import's reports), zero on a complete store.
        var pending = schema == DisclosureDb.SchemaVersion ? Scalar($"SELECT COUNT(*) FROM {Import.DerivedWork.Table}") : 0;
        return new StoreStatus(Scalar("PRAGMA application_id") == StoreIdentity.ApplicationId, schema,
            IncompleteImport.Read(connection), pending);
    }
}
