using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Tests;

/// <summary>Files the store did not create, written at a database path, and the check that they were left byte for byte.</summary>
public static class ForeignFiles
{
    public static string Text(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return Hash(path);
    }

    /// <summary>An SQLite file (rollback journal, as most applications leave theirs) with the given header mark and tables.</summary>
    public static string Sqlite(string path, int applicationId, string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA application_id = {applicationId}; {sql}";
            command.ExecuteNonQuery();
        }
        return Hash(path);
    }

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Same bytes, and no journal or WAL left beside it.</summary>
    public static void AssertUnchanged(string path, string hashBefore)
    {
        Assert.Equal(hashBefore, Hash(path));
        foreach (var suffix in new[] { "-wal", "-journal" })
            Assert.False(File.Exists(path + suffix) && new FileInfo(path + suffix).Length > 0, $"{path}{suffix} was written");
    }
}
