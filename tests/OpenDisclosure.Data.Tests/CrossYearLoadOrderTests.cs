using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// The cross-year pass takes a report's neighbours from memory when they arrive in the same import and from the
/// stored tables when they were loaded earlier or later. Both ways must give the same findings, counts and scores.
/// </summary>
public sealed class CrossYearLoadOrderTests : IDisposable
{
    private readonly TempStore _oneImport = new();
    private readonly TempStore _yearByYear = new();

    public void Dispose()
    {
        _oneImport.Dispose();
        _yearByYear.Dispose();
    }

    [Fact]
    public async Task One_import_and_newest_year_first_imports_give_the_same_cross_year_results()
    {
        var files = Corpus(_oneImport.Folder);
        await DatabaseBootstrap.EnsureSchemaAsync(_oneImport.DatabasePath);
        await DatabaseBootstrap.EnsureSchemaAsync(_yearByYear.DatabasePath);

        new ReportImporter(_oneImport.DatabasePath).ImportFiles(files.Select(f => f.Path));
        // Newest year first: each import's next year is already stored, so the pass reads it back from the tables.
        foreach (var year in files.GroupBy(f => f.Year).OrderByDescending(g => g.Key))
            new ReportImporter(_yearByYear.DatabasePath).ImportFiles(year.Select(f => f.Path));

        var expected = await Snapshot(_oneImport);
        var actual = await Snapshot(_yearByYear);
        // The corpus must exercise every cross-year rule, or the comparison proves little.
        Assert.Equal(["crossyear.carry_over", "crossyear.in_force", "crossyear.not_assessable", "crossyear.yoy_claim"],
            expected.Findings.Select(f => f.Split('|')[2]).Distinct().Order());
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.Reports, actual.Reports);
    }

    /// <summary>Eight four-year synthetic series (half with a break) and the real 临淄区 2024 with a 2023 whose 新收 contradicts its 同比 claim.</summary>
    internal static List<(string Path, int Year)> Corpus(string folder)
    {
        var files = new List<(string, int)>();
        for (var seed = 1; seed <= 8; seed++)
        {
            SeriesDefect? defect = (seed % 4) switch { 1 => SeriesDefect.CarryOverBreak, 2 => SeriesDefect.InForceBreak, _ => null };
            var series = SyntheticSeries.Generate(seed, $"测试市第{seed}局", 2021, 4, defect);
            for (var i = 0; i < series.Reports.Count; i++)
                files.Add((ReportVariants.Write(folder, $"series-{seed}-{2021 + i}.txt", series.Reports[i].Text), 2021 + i));
        }
        files.Add((ReportVariants.Write(folder, "linzi-2023.txt", ReportVariants.Linzi2023(newRequests: 30)), 2023));
        files.Add((Path.Combine(SeedReports.Folder, SeedReports.Linzi), 2024));
        return files;
    }

    /// <summary>Cross-year findings and per-report counts and scores, keyed by agency and year; report ids (which
    /// depend on load order) are taken out of the evidence.</summary>
    private static async Task<(List<string> Findings, List<string> Reports)> Snapshot(TempStore store)
    {
        await using var db = store.Open();
        var findings = await db.Findings.Where(f => f.RuleId.StartsWith("crossyear."))
            .Join(db.Agencies, f => f.AgencyId, a => a.Id, (f, a) => new { a.Name, f })
            .ToListAsync();
        var reports = await db.Reports
            .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { a.Name, r })
            .Join(db.Compliance, x => x.r.Id, c => c.ReportId, (x, c) => new { x.Name, x.r, c })
            .ToListAsync();
        return (
            findings.Select(x => string.Join('|', x.Name, x.f.Year, x.f.RuleId, x.f.Severity, x.f.ColumnCode, x.f.RowCode,
                    x.f.MessageZh, x.f.MessageEn, x.f.Expected, x.f.Actual, ReportIds().Replace(x.f.Evidence ?? "", "report #")))
                .Order(StringComparer.Ordinal).ToList(),
            reports.Select(x => string.Join('|', x.Name, x.r.Year, x.r.ErrorCount, x.r.WarningCount, x.r.InfoCount,
                    x.c.Score, x.c.AssessedWeight, x.c.Timeliness, x.c.Completeness, x.c.Consistency, x.c.Continuity, x.c.Narrative))
                .Order(StringComparer.Ordinal).ToList());
    }

    private static Regex ReportIds() => new(@"report \d+");
}
