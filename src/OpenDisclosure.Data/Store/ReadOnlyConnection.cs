using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenDisclosure.Data.Store;

/// <summary>An unpooled, read-only connection for looking at a file without writing it (inspection, status, integrity).</summary>
internal static class ReadOnlyConnection
{
    /// <summary>Opens it; a lock held by another process is waited for up to <paramref name="busyTimeout"/> (by SQLite and by Microsoft.Data.Sqlite's commands).</summary>
    public static SqliteConnection Open(string databasePath, TimeSpan busyTimeout)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            raw.sqlite3_busy_timeout(connection.Handle, (int)busyTimeout.TotalMilliseconds);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
