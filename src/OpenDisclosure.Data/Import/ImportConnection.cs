using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenDisclosure.Data.Import;

/// <summary>The importer's own connection: unpooled, waiting for other processes' locks, with the import pragmas.</summary>
internal static class ImportConnection
{
    public static SqliteConnection Open(string databasePath, TimeSpan busyTimeout)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(DisclosureDbFactory.ConnectionString(databasePath))
        {
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
            // Its pragmas (foreign keys off, page limits in tests) must not come back to another user from the pool.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            // The native statements step without Microsoft.Data.Sqlite's retry loop: SQLite itself waits for a lock.
            raw.sqlite3_busy_timeout(connection.Handle, (int)busyTimeout.TotalMilliseconds);
            ImportPragmas.Apply(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
