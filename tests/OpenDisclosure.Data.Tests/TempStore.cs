using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Tests;

/// <summary>A scratch folder with a database path and a copy of the real seed reports.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Directory.CreateTempSubdirectory("od-data-tests-").FullName;
        ReportsFolder = Path.Combine(Folder, "reports");
        Directory.CreateDirectory(ReportsFolder);
        foreach (var file in Directory.GetFiles(SeedReports.Folder))
            File.Copy(file, Path.Combine(ReportsFolder, Path.GetFileName(file)));
        DatabasePath = Path.Combine(Folder, "store", "test.db");
    }

    public string Folder { get; }
    public string ReportsFolder { get; }
    public string DatabasePath { get; }

    public DisclosureDb Open() => DisclosureDbFactory.Create(DatabasePath);

    /// <summary>Runs one SQL statement returning a single value (for checks EF would make clumsy).</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(DisclosureDbFactory.ConnectionString(DatabasePath));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The real reports committed under data/reports.</summary>
public static class SeedReports
{
    public static string Folder { get; } = Find();

    public const string Linzi = "003_34f0a73bec97119a.txt";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reports");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/reports not found above " + AppContext.BaseDirectory);
    }
}
