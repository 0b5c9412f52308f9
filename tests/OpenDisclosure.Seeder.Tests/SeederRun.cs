using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Seeder.Tests;

/// <summary>Runs od-seed in-process on a scratch folder and captures what it prints.</summary>
public sealed class SeederRun : IDisposable
{
    public SeederRun()
    {
        Folder = Directory.CreateTempSubdirectory("od-seed-tests-").FullName;
        DatabasePath = Path.Combine(Folder, "seed.db");
    }

    public string Folder { get; }
    public string DatabasePath { get; }

    public static string SeedFolder { get; } = FindSeeds();

    public static string SeedFile(string name) => Path.Combine(SeedFolder, name);

    public const string Linzi = "003_34f0a73bec97119a.txt";

    public async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SeederCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reports");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/reports not found above " + AppContext.BaseDirectory);
    }
}
