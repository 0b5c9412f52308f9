using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>Connection settings for bulk loading.</summary>
internal static class ImportPragmas
{
    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // Foreign keys off: each of a report's ~40 child rows would look its parent up again, and the importer
        // writes parent before children and deletes children explicitly (StoreCommands.DeleteReport), so the checks
        // would never fire.
        // WAL lets the API keep reading while a seed runs; NORMAL is durable at each WAL checkpoint and avoids an
        // fsync per commit. A crash loses at most the last batch, never half a report. Checkpoints every 64 MB of WAL
        // instead of SQLite's 4 MB: a 100,000-report seed spent 6 s of system time copying pages back, 3.5 s after.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -65536;
            PRAGMA foreign_keys = OFF;
            PRAGMA wal_autocheckpoint = 16384;
            """;
        command.ExecuteNonQuery();
    }
}
