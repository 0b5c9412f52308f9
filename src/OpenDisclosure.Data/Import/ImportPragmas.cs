using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>Connection settings for bulk loading.</summary>
internal static class ImportPragmas
{
    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // WAL lets the API keep reading while a seed runs; NORMAL is durable at each WAL checkpoint and avoids an
        // fsync per commit. A crash loses at most the last batch, never half a report.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -65536;
            """;
        command.ExecuteNonQuery();
    }
}
