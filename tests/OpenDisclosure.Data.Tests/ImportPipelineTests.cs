using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// The import pipeline over several batches: workers parse chunks ahead of the single writer, the writer stores them
/// in file order, and a writer that fails stops the workers instead of leaving them blocked.
/// </summary>
public sealed class ImportPipelineTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>The five seeds, then the 临淄区 report again with 三(七)总计 自然人 changed from 14 to 15.</summary>
    private string[] SeedsThenCorrectedLinzi()
    {
        var lines = File.ReadAllLines(Path.Combine(_store.ReportsFolder, SeedReports.Linzi));
        lines[329] = "\t15";
        var corrected = Path.Combine(_store.Folder, "linzi-corrected.txt");
        File.WriteAllLines(corrected, lines);
        return [.. ReportFiles.Expand([_store.ReportsFolder]), corrected];
    }

    [Fact]
    public async Task Batches_parsed_ahead_are_stored_in_file_order_so_the_later_version_wins()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var batches = new List<int>();

        var summary = new ReportImporter(_store.DatabasePath) { BatchSize = 2, Workers = 2, BatchStored = s => batches.Add(s.FilesSeen) }
            .ImportFiles(SeedsThenCorrectedLinzi());

        Assert.Equal([2, 4, 6], batches);
        Assert.Equal((6, 5, 1, 0), (summary.FilesSeen, summary.Loaded, summary.Replaced, summary.Failed.Count));
        Assert.Equal(5L, _store.Scalar("SELECT COUNT(*) FROM reports"));
        Assert.Equal("linzi-corrected.txt", _store.Scalar("SELECT SourceFile FROM reports r JOIN agencies a ON a.Id = r.AgencyId WHERE a.Name LIKE '%临淄区人民政府办公室%'"));
        Assert.Equal(15L, _store.Scalar(
            $"SELECT NaturalPerson FROM request_outcomes WHERE RowCode = '{RequestRows.TotalProcessed}' AND Year = 2024 AND ReportId = " +
            "(SELECT r.Id FROM reports r JOIN agencies a ON a.Id = r.AgencyId WHERE a.Name LIKE '%临淄区人民政府办公室%')"));
    }

    [Fact]
    public async Task A_failing_writer_stops_the_workers_and_the_error_reaches_the_caller()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var importer = new ReportImporter(_store.DatabasePath)
        {
            BatchSize = 1,
            BatchStored = s => { if (s.FilesSeen == 2) throw new InvalidOperationException("progress output failed"); },
        };

        var import = Task.Run(() => importer.ImportFiles(SeedsThenCorrectedLinzi()));

        // Returns (does not hang on a full queue) and with the writer's own error.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => import.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("progress output failed", error.Message);
        // The two batches committed before the failure stay stored.
        Assert.Equal(2L, _store.Scalar("SELECT COUNT(*) FROM reports"));
    }
}
