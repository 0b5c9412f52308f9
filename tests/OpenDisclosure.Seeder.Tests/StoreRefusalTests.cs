using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Seeder.Tests;

/// <summary><c>od-seed seed --db X</c> on a file the store did not create: a clear line naming it, a distinct exit code, the file untouched.</summary>
public sealed class StoreRefusalTests : IDisposable
{
    private readonly SeederRun _run = new();

    public void Dispose() => _run.Dispose();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task A_text_file_given_as_the_database_is_refused_with_exit_73_and_kept()
    {
        var notes = Path.Combine(_run.Folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "shopping list: milk, eggs\n");
        var before = Hash(notes);

        var (exit, output, errors) = await _run.Run("seed", SeederRun.SeedFolder, "--db", notes);

        Assert.Equal(StoreExitCodes.Refused, exit);
        Assert.Contains($"od-seed: {notes}: is not an SQLite database", errors);
        Assert.DoesNotContain("reports:", output);
        Assert.Equal(before, Hash(notes));
    }

    [Fact]
    public async Task Another_applications_database_is_refused_with_exit_73_and_kept()
    {
        var theirs = Path.Combine(_run.Folder, "app.sqlite");
        using (var connection = new SqliteConnection($"Data Source={theirs};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone');";
            create.ExecuteNonQuery();
        }
        var before = Hash(theirs);

        var (exit, _, errors) = await _run.Run("seed", SeederRun.SeedFolder, "--db", theirs);

        Assert.Equal(StoreExitCodes.Refused, exit);
        Assert.Contains($"od-seed: {theirs}: is an SQLite database that OpenDisclosure did not create", errors);
        Assert.Equal(before, Hash(theirs));
    }

    [Fact]
    public async Task A_database_locked_longer_than_the_busy_timeout_exits_75()
    {
        await _run.Run("seed", SeederRun.SeedFile(SeederRun.Linzi), "--db", _run.DatabasePath);
        SqliteConnection.ClearAllPools();
        using var holder = new SqliteConnection($"Data Source={_run.DatabasePath};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        // WAL lets readers through a writer's lock; the importer is a writer, so it is the one that waits.
        exclusive.CommandText = "BEGIN IMMEDIATE";
        exclusive.ExecuteNonQuery();

        var (exit, _, errors) = await _run.Run("seed", SeederRun.SeedFolder, "--db", _run.DatabasePath, "--busy-timeout", "0.3");

        Assert.Equal(StoreExitCodes.Busy, exit);
        Assert.Contains($"od-seed: {_run.DatabasePath}: database is locked", errors);
        holder.Close();
        Assert.Equal(1, _run.Count("reports"));
    }
}

/// <summary>An import that did not finish is printed by the next seed, until a run that covers it completes.</summary>
public sealed class IncompleteImportOutputTests : IDisposable
{
    private readonly SeederRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task A_seed_names_an_earlier_import_of_other_files_that_did_not_finish()
    {
        await _run.Run("seed", SeederRun.SeedFile(SeederRun.Linzi), "--db", _run.DatabasePath);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={_run.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var marker = connection.CreateCommand();
            marker.CommandText = """
                INSERT INTO meta (Key, Value) VALUES ('import_incomplete',
                  '[{"Origin":"od-seed","Paths":["/srv/reports-2025"],"StartedUtc":"2026-02-01T09:30:00Z"}]')
                """;
            marker.ExecuteNonQuery();
        }

        var (exit, output, errors) = await _run.Run("seed", SeederRun.SeedFolder, "--db", _run.DatabasePath);

        Assert.Equal(0, exit);
        const string earlier = "an import (od-seed) of /srv/reports-2025 started 2026-02-01 09:30:00 UTC has not finished";
        Assert.Contains($"{_run.DatabasePath}: before this run: {earlier}", errors);
        // This run covered other files, so the earlier one is still incomplete afterwards.
        Assert.Contains($"incomplete: {earlier}", output);
    }
}
