using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// A full disk, simulated with SQLite's page limit on the import connection: the import stops with SQLite's own
/// cause and the path (not "This SqliteTransaction has completed"), and the indexes a bulk load dropped are either
/// back or recorded for the next run, which restores them and finishes the load.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private const string SecondaryIndexes = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%'";

    [Fact]
    public async Task A_full_disk_stops_the_import_with_sqlites_cause_and_the_next_run_completes_it()
    {
        var files = CrossYearLoadOrderTests.Corpus(_store.Folder).Select(f => f.Path).ToList();
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var indexes = (long)_store.Scalar(SecondaryIndexes)!;
        var pages = (long)_store.Scalar("PRAGMA page_count")!;
        var full = new ReportImporter(_store.DatabasePath)
        {
            BatchSize = 5, DeferIndexesFrom = 10,
            // Room for the first batches only: the "disk" fills in the middle of the load. The room is the pages the
            // dropped (empty) secondary indexes free, one each, so it grows with the schema's index count: no extra page.
            ConnectionOpened = c => Execute(c, $"PRAGMA max_page_count = {pages}"),
        };

        var stopped = Assert.Throws<StoreException>(() => full.ImportFiles(files));

        Assert.Equal(StoreProblem.Full, stopped.Problem);
        Assert.True(stopped.Message.StartsWith($"{_store.DatabasePath}: database or disk is full (SQLite error 13/13, while storing batch "), stopped.Message);
        Assert.DoesNotContain("SqliteTransaction", stopped.Message);
        // The dropped indexes could not be rebuilt on a full disk: their definitions wait in meta for the next run.
        Assert.Equal(1L, _store.Scalar("SELECT COUNT(*) FROM meta WHERE Key = 'deferred_indexes'") );
        Assert.Equal(0L, _store.Scalar(SecondaryIndexes));
        var stored = (long)_store.Scalar("SELECT COUNT(*) FROM reports")!;
        Assert.InRange(stored, 1, files.Count - 1);

        var again = new ReportImporter(_store.DatabasePath).ImportFiles(files);

        Assert.Equal((int)stored, again.Unchanged);
        Assert.Equal(files.Count, again.Unchanged + again.Loaded);
        Assert.Equal(indexes, _store.Scalar(SecondaryIndexes));
        Assert.True(StoreStatus.Read(_store.DatabasePath, TimeSpan.FromSeconds(1)).IsComplete);
        Assert.Equal((long)files.Count, _store.Scalar("SELECT COUNT(*) FROM compliance"));
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
