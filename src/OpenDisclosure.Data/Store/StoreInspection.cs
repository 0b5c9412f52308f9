using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Store;

/// <summary>What start-up may do with the database file.</summary>
public enum StoreFileState
{
    /// <summary>No file (or an empty one: nothing to lose): create it.</summary>
    Missing,
    /// <summary>Ours, with the current schema: use it.</summary>
    Current,
    /// <summary>Ours, built by an older schema: derived data, rebuilt.</summary>
    Older,
}

/// <summary>
/// Decides, without writing a byte, whether a database file is ours and current. Anything else is refused with a
/// <see cref="StoreException"/>: a text file or damaged header, another application's SQLite file, a newer schema,
/// damaged pages, a lock held longer than the bounded wait, a file that cannot be opened.
/// </summary>
public static class StoreInspection
{
    public static (StoreFileState State, int? SchemaVersion) Inspect(string path, TimeSpan busyTimeout)
    {
        if (Directory.Exists(path)) throw new StoreException(StoreProblem.NotADatabase, path, "is a folder, not a database file");
        if (!File.Exists(path)) return (StoreFileState.Missing, null);

        var header = ReadHeader(path);
        if (header.Length == 0) return (StoreFileState.Missing, null);
        if (!StoreIdentity.IsSqliteHeader(header))
            throw new StoreException(StoreProblem.NotADatabase, path,
                $"is not an SQLite database or its header is damaged ({StoreIdentity.Describe(header)}); it was left as it is");
        var applicationId = StoreIdentity.ApplicationIdOf(header);
        if (applicationId is not (0 or StoreIdentity.ApplicationId))
            throw new StoreException(StoreProblem.NotOurs, path,
                $"is another application's SQLite database (application_id 0x{applicationId:X8}, OpenDisclosure's is 0x{StoreIdentity.ApplicationId:X8}); it was left as it is");

        try
        {
            return ReadVersion(path, busyTimeout, marked: applicationId == StoreIdentity.ApplicationId);
        }
        catch (SqliteException e) when (StoreFailures.ProblemOf(e) is { } problem)
        {
            var cause = problem switch
            {
                StoreProblem.Busy =>
                    $"is locked by another process and stayed locked for {busyTimeout.TotalSeconds:0.#} s ({e.Message}); it was left as it is, retry when the other process is done",
                StoreProblem.ReadOnly when WriteRefusal(path) is { } os =>
                    $"cannot be opened: {os} (the store writes its -wal and -shm files beside the database, so its folder must be writable); it was left as it is",
                _ => $"cannot be read: {e.Message}; it was left as it is",
            };
            throw new StoreException(problem, path, cause, e);
        }
    }

    /// <summary>The operating system's reason the file cannot be opened for writing (opening it writes nothing), or null.</summary>
    private static string? WriteRefusal(string path)
    {
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    private static byte[] ReadHeader(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[Math.Min(file.Length, StoreIdentity.HeaderSize)];
            file.ReadExactly(header);
            return header;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreFailures.ProblemOf(e) ?? StoreProblem.Io, path, $"cannot be read: {e.Message}", e);
        }
    }

    private static (StoreFileState, int?) ReadVersion(string path, TimeSpan busyTimeout, bool marked)
    {
        using var connection = ReadOnlyConnection.Open(path, busyTimeout);

        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = tables.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));

        string? text = null;
        if (names.Contains(Tables.Meta))
        {
            using var read = connection.CreateCommand();
            read.CommandText = $"SELECT \"Value\" FROM {Tables.Meta} WHERE \"Key\" = '{DatabaseBootstrap.SchemaVersionKey}'";
            text = read.ExecuteScalar() as string;
        }
        var version = int.TryParse(text, out var v) ? v : (int?)null;

        if (!marked)
        {
            // No mark: ours only if it is a store from before the mark existed, recognised by its tables and version.
            var legacy = version < StoreIdentity.MarkedFromSchemaVersion && names.IsSupersetOf([Tables.Meta, Tables.Agencies, Tables.Reports]);
            if (!legacy)
                throw new StoreException(StoreProblem.NotOurs, path,
                    "is an SQLite database that OpenDisclosure did not create (no OpenDisclosure application_id, no schema_version in a meta table); it was left as it is");
            return (StoreFileState.Older, version);
        }
        if (version is null)
            throw new StoreException(StoreProblem.Damaged, path,
                "carries OpenDisclosure's mark but has no readable schema_version in its meta table; it was left as it is");
        if (version > DisclosureDb.SchemaVersion)
            throw new StoreException(StoreProblem.NewerSchema, path,
                $"was built by a newer OpenDisclosure (schema version {version}, this one knows {DisclosureDb.SchemaVersion}); it was left as it is");
        return (version == DisclosureDb.SchemaVersion ? StoreFileState.Current : StoreFileState.Older, version);
    }
}
