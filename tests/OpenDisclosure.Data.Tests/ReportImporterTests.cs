using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Data.Tests;

public sealed class ReportImporterTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<ImportSummary> SeedAsync() =>
        (await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder))!;

    private ImportSummary Import(params string[] paths) => new ReportImporter(_store.DatabasePath).ImportFiles(paths);

    private long? LinziTotalProcessedNaturalPerson()
    {
        using var db = _store.Open();
        return db.RequestOutcomes
            .Where(o => o.RowCode == RequestRows.TotalProcessed && o.Year == 2024)
            .Join(db.Agencies.Where(a => a.Name.Contains("临淄区人民政府办公室")), o => o.AgencyId, a => a.Id, (o, _) => o.NaturalPerson)
            .Single();
    }

    [Fact]
    public async Task Seeding_the_real_reports_loads_five_reports_of_five_agencies()
    {
        var summary = await SeedAsync();

        Assert.Equal((5, 5, 0, 0, 0), (summary.FilesSeen, summary.Loaded, summary.Replaced, summary.Unchanged, summary.Failed.Count));
        Assert.Equal(5, summary.Agencies);
        await using var db = _store.Open();
        Assert.Equal(5, await db.Reports.CountAsync());
        Assert.Equal(5, await db.Agencies.CountAsync());
        // Every 2021-template report has the 25 rows of table 三.
        Assert.Equal(5 * 25, await db.RequestOutcomes.CountAsync());
    }

    [Fact]
    public async Task Linzi_2024_total_processed_natural_person_reads_back_as_14()
    {
        await SeedAsync();

        Assert.Equal(14, LinziTotalProcessedNaturalPerson());
        await using var db = _store.Open();
        var linzi = await db.Reports.Include(r => r.Agency).SingleAsync(r => r.SourceFile == SeedReports.Linzi);
        Assert.Equal(2024, linzi.Year);
        Assert.Contains("临淄区人民政府办公室", linzi.Agency.Name);
        Assert.Equal(Sha256Of(Path.Combine(_store.ReportsFolder, SeedReports.Linzi)), linzi.Sha256);
    }

    [Fact]
    public async Task Seeding_the_same_files_again_changes_nothing()
    {
        await SeedAsync();
        var before = Snapshot();

        var again = Import(ReportFiles.Expand([_store.ReportsFolder]).ToArray());

        Assert.Equal((5, 0, 0, 5, 0), (again.FilesSeen, again.Loaded, again.Replaced, again.Unchanged, again.Failed.Count));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_changed_file_for_the_same_agency_and_year_replaces_the_earlier_report()
    {
        await SeedAsync();
        var lines = File.ReadAllLines(Path.Combine(_store.ReportsFolder, SeedReports.Linzi));
        Assert.Equal("\t14", lines[329]); // 三(七)总计, 自然人
        lines[329] = "\t15";
        var changed = Path.Combine(_store.Folder, "linzi-2024-corrected.txt");
        File.WriteAllLines(changed, lines);

        var summary = Import(changed);

        Assert.Equal((1, 0, 1, 0), (summary.Loaded + summary.Replaced, summary.Loaded, summary.Replaced, summary.Failed.Count));
        Assert.Equal(15, LinziTotalProcessedNaturalPerson());
        await using var db = _store.Open();
        Assert.Equal(5, await db.Reports.CountAsync());
        var stored = await db.Reports.SingleAsync(r => r.SourceFile == "linzi-2024-corrected.txt");
        Assert.Equal(Sha256Of(changed), stored.Sha256);
        // The replaced report's rows are gone, not orphaned.
        Assert.Equal(5 * 25, await db.RequestOutcomes.CountAsync());
        // Every child table: the import runs with foreign keys off, so nothing cascades for it.
        foreach (var table in new[] { "sections", "proactive_cells", "request_outcomes", "review_litigation", "findings", "yoy_claims", "compliance" })
            Assert.Equal(0L, _store.Scalar($"SELECT COUNT(*) FROM {table} WHERE ReportId NOT IN (SELECT Id FROM reports)"));
        // The 临淄区 2024 text states one 同比 claim; the replacement keeps exactly one, under the new report.
        Assert.Equal(1L, _store.Scalar($"SELECT COUNT(*) FROM yoy_claims WHERE ReportId = {stored.Id}"));
        Assert.Equal(5L, _store.Scalar("SELECT COUNT(*) FROM compliance"));
    }

    [Fact]
    public async Task Two_versions_of_one_report_in_one_run_keep_the_later_file()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var original = Path.Combine(_store.ReportsFolder, SeedReports.Linzi);
        var lines = File.ReadAllLines(original);
        lines[329] = "\t15";
        var corrected = Path.Combine(_store.Folder, "zz-linzi-corrected.txt");
        File.WriteAllLines(corrected, lines);

        var summary = Import(original, corrected);

        Assert.Equal((2, 1, 1, 0), (summary.FilesSeen, summary.Loaded, summary.Replaced, summary.Failed.Count));
        Assert.Equal(15, LinziTotalProcessedNaturalPerson());
        Assert.Equal(1L, _store.Scalar("SELECT COUNT(*) FROM reports"));
        Assert.Equal(25L, _store.Scalar("SELECT COUNT(*) FROM request_outcomes"));
    }

    [Fact]
    public async Task Bad_files_are_reported_by_name_and_the_good_ones_still_load()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        var bad = Path.Combine(_store.Folder, "bad");
        Directory.CreateDirectory(bad);
        File.WriteAllText(Path.Combine(bad, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(bad, "garbage.txt"), Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 256)).ToArray());
        var noTitle = File.ReadAllLines(Path.Combine(_store.ReportsFolder, SeedReports.Linzi)).Skip(3);
        File.WriteAllLines(Path.Combine(bad, "no-title.txt"), noTitle);
        string[] good = [Path.Combine(_store.ReportsFolder, "000_3b3d23252d395065.txt"), Path.Combine(_store.ReportsFolder, SeedReports.Linzi)];

        var summary = Import([good[0], .. ReportFiles.Expand([bad]), good[1]]);

        Assert.Equal((5, 2, 3), (summary.FilesSeen, summary.Loaded, summary.Failed.Count));
        Assert.Equal(["empty.txt", "garbage.txt", "no-title.txt"], summary.Failed.Select(f => Path.GetFileName(f.File)).Order());
        Assert.All(summary.Failed, f => Assert.StartsWith(Path.Combine(bad, ""), f.ToString()));
        Assert.Contains(summary.Failed, f => f.File.EndsWith("no-title.txt") && f.Message.Contains("agency"));
        await using var db = _store.Open();
        Assert.Equal(2, await db.Reports.CountAsync());
    }

    /// <summary>Ids, hashes and row counts as one comparable string.</summary>
    private string Snapshot()
    {
        using var db = _store.Open();
        var reports = db.Reports.OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.AgencyId}:{r.Year}:{r.Sha256}:{r.LoadedAtUtc:O}").ToList();
        var agencies = db.Agencies.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Name}").ToList();
        return string.Join("|", reports.Concat(agencies)) +
            $"|{db.RequestOutcomes.Count()}|{db.Findings.Count()}|{db.ProactiveCells.Count()}|{db.Sections.Count()}|{db.ReviewLitigation.Count()}";
    }

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
