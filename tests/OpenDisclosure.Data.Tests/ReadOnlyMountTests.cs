using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Data.Tests;

/// <summary>The database on a read-only mount: a clear refusal naming the path, never a crash, nothing written.</summary>
public sealed class ReadOnlyMountTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [ReadOnlyMountFact]
    public async Task A_new_database_on_a_read_only_mount_is_refused_with_the_cause()
    {
        using var mount = new ReadOnlyMount(_store.Folder);
        var path = Path.Combine(mount.Path, "new.db");

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureReadyAsync(path, _store.ReportsFolder));

        Assert.Equal(StoreProblem.ReadOnly, refused.Problem);
        Assert.StartsWith(path + ": ", refused.Message);
        Assert.Contains("Read-only file system", refused.Message);
        Assert.False(File.Exists(path));
    }

    [ReadOnlyMountFact]
    public async Task A_database_on_a_read_only_mount_is_refused_with_the_cause_and_left_as_it_is()
    {
        await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);
        SqliteConnection.ClearAllPools();
        var before = ForeignFiles.Hash(_store.DatabasePath);
        using var mount = new ReadOnlyMount(Path.GetDirectoryName(_store.DatabasePath)!);
        var path = Path.Combine(mount.Path, Path.GetFileName(_store.DatabasePath));

        var refused = await Assert.ThrowsAsync<StoreException>(() => DatabaseBootstrap.EnsureReadyAsync(path, _store.ReportsFolder));

        Assert.Equal(StoreProblem.ReadOnly, refused.Problem);
        Assert.StartsWith(path + ": cannot be opened: Read-only file system", refused.Message);
        Assert.Equal(before, ForeignFiles.Hash(_store.DatabasePath));
    }
}
