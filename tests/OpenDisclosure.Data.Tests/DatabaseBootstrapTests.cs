using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Store;

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
    public async Task A_new_database_carries_the_OpenDisclosure_application_id()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);

        Assert.Equal((long)StoreIdentity.ApplicationId, _store.Scalar("PRAGMA application_id"));
        // In the file header itself, where start-up looks before opening anything.
        var header = File.ReadAllBytes(_store.DatabasePath)[68..72];
        Assert.Equal("ODS1"u8.ToArray(), header);
    }

    [Fact]
    public async Task An_empty_file_has_nothing_to_lose_and_becomes_the_database()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_store.DatabasePath)!);
        await File.WriteAllBytesAsync(_store.DatabasePath, []);

        Assert.True(await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));
        Assert.Equal(DisclosureDb.SchemaVersion.ToString(), _store.Scalar("SELECT Value FROM meta WHERE Key = 'schema_version'"));
    }

    [Fact]
    public async Task A_store_built_before_the_mark_is_recognised_by_its_meta_table_and_rebuilt()
    {
        ForeignFiles.Sqlite(_store.DatabasePath, applicationId: 0,
            "CREATE TABLE meta (Key TEXT PRIMARY KEY, Value TEXT); INSERT INTO meta VALUES ('schema_version', '3');" +
            "CREATE TABLE agencies (Id INTEGER PRIMARY KEY, Name TEXT); CREATE TABLE reports (Id INTEGER PRIMARY KEY);");

        Assert.True(await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));
        Assert.Equal((long)StoreIdentity.ApplicationId, _store.Scalar("PRAGMA application_id"));
    }

    [Fact]
    public async Task A_text_file_is_refused_untouched_with_its_path()
    {
        var before = ForeignFiles.Text(_store.DatabasePath, "meeting notes: this file is not a database, and must not be replaced by one\n");

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder));

        Assert.Equal(StoreProblem.NotADatabase, refused.Problem);
        Assert.StartsWith(_store.DatabasePath + ": is not an SQLite database", refused.Message);
        Assert.Contains("\"meeting notes: t\"", refused.Message);
        ForeignFiles.AssertUnchanged(_store.DatabasePath, before);
    }

    [Fact]
    public async Task Our_database_with_a_damaged_header_is_refused_untouched()
    {
        await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_store.DatabasePath);
        Array.Fill(bytes, (byte)0xFF, 0, 16);
        File.WriteAllBytes(_store.DatabasePath, bytes);
        var before = ForeignFiles.Hash(_store.DatabasePath);

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));

        Assert.Equal(StoreProblem.NotADatabase, refused.Problem);
        Assert.Contains(_store.DatabasePath, refused.Message);
        ForeignFiles.AssertUnchanged(_store.DatabasePath, before);
    }

    [Theory]
    [InlineData(0x12345678, StoreProblem.NotOurs, "another application's SQLite database (application_id 0x12345678")]
    [InlineData(0, StoreProblem.NotOurs, "an SQLite database that OpenDisclosure did not create")]
    public async Task Another_applications_sqlite_file_is_refused_untouched(int applicationId, StoreProblem problem, string message)
    {
        // Even with tables named like ours: without the mark (or a pre-mark meta table) it is not ours.
        var before = ForeignFiles.Sqlite(_store.DatabasePath, applicationId,
            "CREATE TABLE reports (Id INTEGER PRIMARY KEY, Title TEXT); INSERT INTO reports (Title) VALUES ('their data');");

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder));

        Assert.Equal(problem, refused.Problem);
        Assert.StartsWith(_store.DatabasePath + ": ", refused.Message);
        Assert.Contains(message, refused.Message);
        ForeignFiles.AssertUnchanged(_store.DatabasePath, before);
    }

    /// <summary>A store of ours claiming another schema version, closed; returns its hash.</summary>
    private async Task<string> OurDatabaseOfSchema(int version)
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        _store.Scalar($"UPDATE meta SET Value = '{version}' WHERE Key = 'schema_version'");
        SqliteConnection.ClearAllPools();
        return ForeignFiles.Hash(_store.DatabasePath);
    }

    [Fact]
    public async Task Our_database_of_a_newer_schema_is_refused_untouched()
    {
        var before = await OurDatabaseOfSchema(DisclosureDb.SchemaVersion + 1);

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath));

        Assert.Equal(StoreProblem.NewerSchema, refused.Problem);
        Assert.Contains($"schema version {DisclosureDb.SchemaVersion + 1}", refused.Message);
        ForeignFiles.AssertUnchanged(_store.DatabasePath, before);
    }

    [Fact]
    public async Task A_database_locked_by_another_process_is_refused_after_the_bounded_wait_never_rebuilt()
    {
        // An older schema: without the lock this file would be rebuilt, so only the lock keeps it.
        var before = await OurDatabaseOfSchema(DisclosureDb.SchemaVersion - 1);
        using var holder = new SqliteConnection($"Data Source={_store.DatabasePath};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "BEGIN EXCLUSIVE";
        exclusive.ExecuteNonQuery();

        var refused = await Assert.ThrowsAsync<StoreException>(() =>
            DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder, busyTimeout: TimeSpan.FromMilliseconds(300)));

        Assert.Equal(StoreProblem.Busy, refused.Problem);
        Assert.StartsWith(_store.DatabasePath + ": is locked by another process", refused.Message);
        Assert.Contains("database is locked", refused.Message);
        holder.Close();
        ForeignFiles.AssertUnchanged(_store.DatabasePath, before);
    }
}
