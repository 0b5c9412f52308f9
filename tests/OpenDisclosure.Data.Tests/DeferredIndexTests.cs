using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

public sealed class DeferredIndexTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private const string SecondaryIndexes = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%'";
    private const string PendingKey = "SELECT COUNT(*) FROM meta WHERE Key = 'deferred_indexes'";

    [Fact]
    public async Task A_bulk_load_rebuilds_every_secondary_index_at_the_end()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var indexes = (long)_store.Scalar(SecondaryIndexes)!;
        Assert.InRange(indexes, 5, 50); // reports, request_outcomes and findings each have some

        var summary = new ReportImporter(_store.DatabasePath) { DeferIndexesFrom = 2 }.ImportFiles(ReportFiles.Expand([_store.ReportsFolder]));

        Assert.Equal(5, summary.Loaded);
        Assert.Equal(indexes, _store.Scalar(SecondaryIndexes));
        Assert.Equal(0L, _store.Scalar(PendingKey));
    }

    [Fact]
    public async Task Indexes_dropped_by_an_interrupted_load_come_back_on_the_next_import()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var indexes = (long)_store.Scalar(SecondaryIndexes)!;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(DisclosureDbFactory.ConnectionString(_store.DatabasePath)))
        {
            connection.Open();
            DeferredIndexes.Drop(connection); // ...and the process dies here
        }
        Assert.Equal(0L, _store.Scalar(SecondaryIndexes));
        Assert.Equal(1L, _store.Scalar(PendingKey));

        new ReportImporter(_store.DatabasePath).ImportFiles([Path.Combine(_store.ReportsFolder, SeedReports.Linzi)]);

        Assert.Equal(indexes, _store.Scalar(SecondaryIndexes));
        Assert.Equal(0L, _store.Scalar(PendingKey));
    }
}
