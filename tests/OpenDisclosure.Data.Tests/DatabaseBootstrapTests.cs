using Microsoft.EntityFrameworkCore;

namespace OpenDisclosure.Data.Tests;

public sealed class DatabaseBootstrapTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_new_database_records_the_schema_version()
    {
        Assert.True(await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));

        Assert.Equal(DisclosureDb.SchemaVersion.ToString(), _store.Scalar("SELECT Value FROM meta WHERE Key = 'schema_version'"));
        Assert.False(await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));
    }

    [Fact]
    public async Task Per_report_child_tables_are_clustered_by_report_and_the_others_keep_their_rowid()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);

        string Ddl(string table) => (string)_store.Scalar($"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'")!;
        foreach (var table in new[] { "request_outcomes", "sections", "proactive_cells", "yoy_claims" })
            Assert.EndsWith(") WITHOUT ROWID", Ddl(table));
        foreach (var table in new[] { "reports", "findings", "agencies", "compliance" })
            Assert.DoesNotContain("WITHOUT ROWID", Ddl(table));
    }

    [Fact]
    public async Task An_up_to_date_database_is_neither_rebuilt_nor_reseeded()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);

        var summary = await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);

        Assert.Null(summary);
        Assert.Equal(0L, _store.Scalar("SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task A_schema_version_mismatch_rebuilds_and_reseeds()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        _store.Scalar($"UPDATE meta SET Value = '{DisclosureDb.SchemaVersion - 1}' WHERE Key = 'schema_version'");
        _store.Scalar("INSERT INTO agencies (Name) VALUES ('left over from the old schema')");

        var summary = await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);

        Assert.NotNull(summary);
        Assert.Equal(DisclosureDb.SchemaVersion.ToString(), _store.Scalar("SELECT Value FROM meta WHERE Key = 'schema_version'"));
        Assert.Equal(0L, _store.Scalar("SELECT COUNT(*) FROM agencies WHERE Name = 'left over from the old schema'"));
        Assert.Equal((long)summary.Loaded, _store.Scalar("SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_rebuilt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_store.DatabasePath)!);
        await File.WriteAllTextAsync(_store.DatabasePath, "this is not an SQLite file, just text long enough to have a header........");

        Assert.True(await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));

        await using var db = _store.Open();
        Assert.Equal(0, await db.Reports.CountAsync());
    }
}
