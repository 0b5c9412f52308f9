using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Synthetic;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.CrossYear;

/// <summary>
/// Generated multi-year series (parsed back from their text): every injected carry-over or in-force break is found in
/// its year and nowhere else, and clean series raise nothing but "not assessable" for their first year.
/// </summary>
public class SyntheticSeriesCrossYearTests
{
    private static List<(int Year, Finding Finding)> CheckSeries(SyntheticSeriesResult series)
    {
        var tables = series.Reports.Select(r => YearTables.From(ReportCheck.Run(r.Text).Report)!).ToList();
        var findings = new List<(int, Finding)>();
        for (var i = 0; i < tables.Count; i++)
            findings.AddRange(CrossYearChecks.Check(i == 0 ? null : tables[i - 1], tables[i]).Select(f => (tables[i].Year, f)));
        return findings;
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(SeriesDefect.CarryOverBreak, "crossyear.carry_over")]
    [InlineData(SeriesDefect.InForceBreak, "crossyear.in_force")]
    public void Injected_breaks_are_found_in_their_year_and_clean_series_pass(SeriesDefect? defect, string rule)
    {
        var injected = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var firstYear = 2019 + seed % 4; // series crossing the 2019 → 2021 template change, and 2021-only ones
            var series = SyntheticSeries.Generate(seed, $"测试市第{seed}局", firstYear, 4, defect);
            var findings = CheckSeries(series);

            var first = Assert.Single(findings, f => f.Year == firstYear);
            Assert.Equal("crossyear.not_assessable", first.Finding.RuleId);
            // 2020 → 2021: the 2019 template has no in-force counts, which is said, never passed silently.
            var templateChange = findings.Where(f => f.Year != firstYear && f.Finding.RuleId == "crossyear.not_assessable").ToList();
            Assert.All(templateChange, f => Assert.Equal((2021, "normativeDocuments.inForce"), (f.Year, f.Finding.Location.Row)));

            var breaks = findings.Where(f => f.Finding.RuleId is not "crossyear.not_assessable").ToList();
            if (series.DefectYear is not { } year)
            {
                Assert.True(breaks.Count == 0, $"seed {seed}: " + string.Join("; ", breaks.Select(b => $"{b.Year} {b.Finding.MessageEn}")));
                continue;
            }
            injected++;
            Assert.NotEmpty(breaks);
            Assert.All(breaks, b => Assert.Equal((year, rule), (b.Year, b.Finding.RuleId)));
        }
        if (defect is not null) Assert.True(injected >= 30, $"only {injected} series had a break");
    }
}
