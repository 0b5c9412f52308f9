using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// An import stopped after any committed batch, or inside the derived-data pass, then run again: every table,
/// derived ones included (cross-year findings, counts, scores, 同比 claims, agency figures), equals a run that was
/// never interrupted. Until the re-run, the store says it is incomplete.
/// </summary>
public sealed class InterruptedImportTests : IDisposable
{
    private readonly TempStore _clean = new();
    private readonly TempStore _interrupted = new();

    public void Dispose()
    {
        _clean.Dispose();
        _interrupted.Dispose();
    }

    private sealed class Interruption : Exception;

    private async Task<(List<string> Files, SortedDictionary<string, List<string>> Expected)> CleanRunAsync()
    {
        var files = CrossYearLoadOrderTests.Corpus(_clean.Folder).Select(f => f.Path).ToList();
        await DatabaseBootstrap.EnsureSchemaAsync(_clean.DatabasePath);
        Importer(_clean).ImportFiles(files);
        await DatabaseBootstrap.EnsureSchemaAsync(_interrupted.DatabasePath);
        return (files, TableDump.Of(_clean.DatabasePath));
    }

    /// <summary>Small batches, and a bulk load's dropped indexes, so an interruption can fall between any two steps.</summary>
    private static ReportImporter Importer(TempStore store, Action<ImportSummary>? batchStored = null, Action? beforeDerivedCommit = null) =>
        new(store.DatabasePath) { BatchSize = 5, DeferIndexesFrom = 10, BatchStored = batchStored, BeforeDerivedCommit = beforeDerivedCommit };

    private StoreStatus Status() => StoreStatus.Read(_interrupted.DatabasePath, TimeSpan.FromSeconds(1));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public async Task Stopped_after_batch_n_then_run_again_equals_a_clean_run(int batches)
    {
        var (files, expected) = await CleanRunAsync();

        Assert.Throws<Interruption>(() =>
            Importer(_interrupted, s => { if (s.FilesSeen == 5 * batches) throw new Interruption(); }).ImportFiles(files));

        var stopped = Status();
        Assert.Equal(5 * batches, stopped.DerivedPending);
        Assert.Single(stopped.Incomplete);
        Assert.Equal(0L, _interrupted.Scalar("SELECT COUNT(*) FROM compliance"));

        var again = Importer(_interrupted).ImportFiles(files);

        Assert.Equal((5 * batches, files.Count - 5 * batches), (again.Unchanged, again.Loaded));
        TableDump.AssertEqual(expected, TableDump.Of(_interrupted.DatabasePath));
        Assert.True(Status().IsComplete);
    }

    [Fact]
    public async Task Stopped_inside_the_cross_year_pass_leaves_every_report_pending_and_the_next_run_recomputes_them()
    {
        var (files, expected) = await CleanRunAsync();

        Assert.Throws<Interruption>(() => Importer(_interrupted, beforeDerivedCommit: () => throw new Interruption()).ImportFiles(files));

        Assert.Equal(files.Count, Status().DerivedPending);
        Assert.Equal(0L, _interrupted.Scalar("SELECT COUNT(*) FROM findings WHERE RuleId LIKE 'crossyear.%'"));
        Assert.Equal(0L, _interrupted.Scalar("SELECT COUNT(*) FROM agencies WHERE ReportCount > 0"));

        // Every file is stored, so this run imports nothing and only finishes the derived data.
        var again = Importer(_interrupted).ImportFiles(files);

        Assert.Equal(files.Count, again.Unchanged);
        TableDump.AssertEqual(expected, TableDump.Of(_interrupted.DatabasePath));
        Assert.True(Status().IsComplete);
    }

    [Fact]
    public async Task Start_up_recomputes_derived_data_left_pending_by_an_interrupted_import_of_other_files()
    {
        var (files, expected) = await CleanRunAsync();
        Assert.Throws<Interruption>(() => Importer(_interrupted, beforeDerivedCommit: () => throw new Interruption()).ImportFiles(files));

        // The API's start-up: its own reports folder is not what was interrupted, so it imports nothing of it.
        var summary = await DatabaseBootstrap.EnsureReadyAsync(_interrupted.DatabasePath, _interrupted.ReportsFolder);

        Assert.NotNull(summary);
        Assert.Equal(0, summary.FilesSeen);
        var status = Status();
        Assert.Equal(0, status.DerivedPending);
        // The interrupted import itself still has to be run again to be complete: the store keeps saying so.
        Assert.Single(status.Incomplete);
        Assert.Contains("has not finished", Assert.Single(status.Problems()));
        var derived = TableDump.Of(_interrupted.DatabasePath);
        derived.Remove("meta");
        expected.Remove("meta");
        TableDump.AssertEqual(expected, derived);
    }

    [Fact]
    public async Task The_apis_interrupted_first_start_seeding_is_resumed_at_the_next_start()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_clean.DatabasePath);
        Importer(_clean).ImportFiles(ReportFiles.Expand([_clean.ReportsFolder]));
        var expected = TableDump.Of(_clean.DatabasePath);
        await DatabaseBootstrap.EnsureSchemaAsync(_interrupted.DatabasePath);
        var firstStart = new ReportImporter(_interrupted.DatabasePath)
        {
            Origin = DatabaseBootstrap.ApiSeedOrigin, Roots = [_interrupted.ReportsFolder], BatchSize = 2,
            BatchStored = s => { if (s.FilesSeen == 2) throw new Interruption(); },
        };
        Assert.Throws<Interruption>(() => firstStart.ImportFiles(ReportFiles.Expand([_interrupted.ReportsFolder])));
        Assert.Equal(2L, _interrupted.Scalar("SELECT COUNT(*) FROM reports"));

        var resumed = await DatabaseBootstrap.EnsureReadyAsync(_interrupted.DatabasePath, _interrupted.ReportsFolder);

        Assert.Equal((2, 3), (resumed!.Unchanged, resumed.Loaded));
        TableDump.AssertEqual(expected, TableDump.Of(_interrupted.DatabasePath));
        Assert.True(Status().IsComplete);
    }
}
