using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Stats;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// GET /stats/request-outcomes adds up per-report measures in SQL (<see cref="OutcomeStatsReader"/>). Its figures must
/// equal the plain in-memory computation over every stored table 三 row (the way the endpoint used to compute them)
/// on the real reports plus synthetic ones with blank cells and missing tables.
/// </summary>
public sealed class OutcomeStatsTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Sql_sums_equal_the_in_memory_computation_for_every_grouping_and_year()
    {
        await Load();
        await using var db = _store.Open();
        var oracle = await InMemory(db);
        // The corpus must leave some measures unknown, or the "report counts only when filled" rule is untested.
        Assert.Contains(oracle, r => r.Values.Any(v => v is null));
        Assert.True(oracle.Select(r => r.Year).Distinct().Count() >= 4);

        foreach (var byAgency in new[] { false, true })
        foreach (var year in new int?[] { null, 2024, 2020 })
        {
            var expected = Expected(oracle.Where(r => year is null || r.Year == year).ToList(), byAgency);
            var actual = (await OutcomeStatsReader.ReadAsync(db, byAgency, year, CancellationToken.None))
                .Select(g => Describe(g.Key, g.Reports, g.Measures.Select(m => (m.Sum, m.Reports)), g.Rates.Select(r => (r.Numerator, r.Denominator, r.Reports))))
                .ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task A_report_whose_measures_were_lost_gets_them_back_at_the_next_import()
    {
        var files = await Load();
        var before = _store.Scalar($"SELECT COUNT(*) FROM {Tables.OutcomeMeasures}");
        _store.Scalar($"DELETE FROM {Tables.OutcomeMeasures} WHERE ReportId % 2 = 0");
        // Nothing new to store: the files are unchanged, yet the missing measures are derived again.
        new ReportImporter(_store.DatabasePath).ImportFiles(files);
        Assert.Equal(before, _store.Scalar($"SELECT COUNT(*) FROM {Tables.OutcomeMeasures}"));
        Assert.Equal(before, _store.Scalar($"SELECT COUNT(DISTINCT ReportId) FROM {Tables.RequestOutcomes}"));
    }

    private async Task<List<string>> Load()
    {
        var files = Directory.GetFiles(_store.ReportsFolder).ToList();
        for (var seed = 1; seed <= 60; seed++)
        {
            var defect = (seed % 5) switch { 0 => "cell.missing", 1 => "table.missing", 2 => "table3.balance", _ => null };
            var report = SyntheticReportGenerator.Generate(seed, new SyntheticOptions { Defect = defect });
            files.Add(ReportVariants.Write(_store.Folder, $"synthetic-{seed}.txt", report.Text));
        }
        // 临淄区 in earlier years with one total blank ("—"): a row, a group member and the denominator.
        files.Add(ReportVariants.Write(_store.Folder, "linzi-2021.txt", BlankTotal(ReportVariants.Linzi(2021), "（一）予以公开")));
        files.Add(ReportVariants.Write(_store.Folder, "linzi-2022.txt", BlankTotal(ReportVariants.Linzi(2022), "1.属于国家秘密")));
        files.Add(ReportVariants.Write(_store.Folder, "linzi-2023.txt", BlankTotal(ReportVariants.Linzi(2023), "（七）总计")));
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        new ReportImporter(_store.DatabasePath).ImportFiles(files);
        return files;
    }

    /// <summary>The text with the seventh (总计) cell of the row labelled <paramref name="label"/> written as "—".</summary>
    private static string BlankTotal(string text, string label)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith('\t') && l.Contains(label));
        for (int i = at + 1, cells = 0; ; i++)
            if (lines[i].Trim().Length > 0 && lines[i].Trim().All(char.IsAsciiDigit) && ++cells == 7)
            {
                lines[i] = "\t—";
                return string.Join('\n', lines);
            }
    }

    private sealed record ReportValues(int AgencyId, int Year, long?[] Values);

    /// <summary>Per report, each measure's value: null when one of its rows is blank or it has none of them.</summary>
    private static async Task<List<ReportValues>> InMemory(DisclosureDb db)
    {
        var cells = await db.RequestOutcomes.Select(o => new { o.ReportId, o.AgencyId, o.Year, o.RowCode, o.Total }).ToListAsync();
        return cells.GroupBy(c => (c.ReportId, c.AgencyId, c.Year)).Select(r =>
        {
            var byRow = r.ToDictionary(c => c.RowCode, c => c.Total);
            var values = OutcomeMeasures.All.Select(m =>
            {
                var present = m.Rows.Where(byRow.ContainsKey).ToList();
                return present.Count == 0 || present.Any(x => byRow[x] is null) ? null : (long?)present.Sum(x => byRow[x]!.Value);
            }).ToArray();
            return new ReportValues(r.Key.AgencyId, r.Key.Year, values);
        }).ToList();
    }

    private static List<string> Expected(List<ReportValues> reports, bool byAgency)
    {
        int Index(string code) => OutcomeMeasures.All.ToList().FindIndex(m => m.Code == code);
        return reports.GroupBy(r => byAgency ? r.AgencyId : r.Year).OrderBy(g => g.Key).Select(g =>
        {
            var list = g.ToList();
            var sums = OutcomeMeasures.All.Select((_, i) =>
            {
                var known = list.Where(r => r.Values[i] is not null).ToList();
                return (known.Sum(r => r.Values[i]!.Value), known.Count);
            });
            var rates = OutcomeMeasures.Rates.Select(rate =>
            {
                var parts = rate.Numerator.Select(Index).ToList();
                var den = Index(rate.Denominator);
                var usable = list.Where(r => r.Values[den] is not null && parts.All(n => r.Values[n] is not null)).ToList();
                return (usable.Sum(r => parts.Sum(n => r.Values[n]!.Value)), usable.Sum(r => r.Values[den]!.Value), usable.Count);
            });
            return Describe(g.Key, list.Count, sums, rates);
        }).ToList();
    }

    private static string Describe(int key, int reports, IEnumerable<(long, int)> sums, IEnumerable<(long, long, int)> rates) =>
        $"{key}: {reports} reports; sums {string.Join(" ", sums)}; rates {string.Join(" ", rates)}";
}
