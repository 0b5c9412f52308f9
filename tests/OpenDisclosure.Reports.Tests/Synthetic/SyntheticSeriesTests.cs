using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Synthetic;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Synthetic;

public class SyntheticSeriesTests
{
    private const string Agency = "枣庄市台儿庄区人民政府办公室";

    /// <summary>Years (of the later report) where 上年结转 differs from last year's 结转下年度 in some column.</summary>
    private static List<int> CarryOverBreaks(IReadOnlyList<AnnualReport> years) =>
        years.Zip(years.Skip(1)).Where(p => ApplicantColumns.All.Any(c =>
                p.First.Requests![RequestRows.CarriedForward, c.Column].Value != p.Second.Requests![RequestRows.CarriedOver, c.Column].Value))
            .Select(p => p.Second.Year!.Value).ToList();

    /// <summary>Years where 现行有效 ≠ last year's 现行有效 + 制发 − 废止 (only between two 2021-template years).</summary>
    private static List<int> InForceBreaks(IReadOnlyList<AnnualReport> years) =>
        years.Zip(years.Skip(1)).Where(p => p.First.Format == ReportFormat.Format2021 && new[] { "regulations", "normativeDocuments" }.Any(item =>
                p.First.Proactive![$"{item}.inForce"].Value + p.Second.Proactive![$"{item}.issued"].Value
                - p.Second.Proactive[$"{item}.repealed"].Value != p.Second.Proactive[$"{item}.inForce"].Value))
            .Select(p => p.Second.Year!.Value).ToList();

    private static List<AnnualReport> Parsed(SyntheticSeriesResult series) =>
        series.Reports.Select(r => ReportCheck.Run(r.Text).Report).ToList();

    [Fact]
    public void Clean_series_chains_carry_over_and_documents_in_force_as_read_back_from_the_text()
    {
        var series = SyntheticSeries.Generate(3, Agency, 2019, 6);
        var parsed = Parsed(series);

        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024], parsed.Select(r => r.Year!.Value));
        Assert.Empty(CarryOverBreaks(parsed));
        Assert.Empty(InForceBreaks(parsed));
        Assert.All(series.Reports, r => Assert.Empty(ReportCheck.Run(r.Text).Findings));
        Assert.Null(series.DefectYear);
    }

    [Fact]
    public void Stated_year_over_year_changes_agree_with_both_years_tables()
    {
        var claims = 0;
        for (var seed = 20; seed < 30; seed++)
        {
            var years = Parsed(SyntheticSeries.Generate(seed, Agency, 2021, 4)).Select(r => YearTables.From(r)!).ToList();
            claims += years.Sum(y => y.YoyClaims.Count);

            var findings = years.Zip(years.Skip(1)).SelectMany(p => CrossYearChecks.Check(p.First, p.Second)).ToList();
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Info);
        }
        Assert.InRange(claims, 5, 30); // some years state "同比上升/下降x%", read back by the narrative extractor
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Carry_over_break_shows_in_the_recorded_year_only(int seed)
    {
        var series = SyntheticSeries.Generate(seed, Agency, 2020, 5, SeriesDefect.CarryOverBreak);
        var parsed = Parsed(series);

        Assert.Equal(SeriesDefect.CarryOverBreak, series.Defect);
        Assert.Equal([series.DefectYear!.Value], CarryOverBreaks(parsed));
        Assert.Empty(InForceBreaks(parsed));
        Assert.All(series.Reports, r => Assert.Empty(ReportCheck.Run(r.Text).Findings)); // each year is consistent on its own
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void In_force_break_shows_in_the_recorded_year_only(int seed)
    {
        var series = SyntheticSeries.Generate(seed, Agency, 2020, 5, SeriesDefect.InForceBreak);
        var parsed = Parsed(series);

        Assert.InRange(series.DefectYear!.Value, 2022, 2024);
        Assert.Equal([series.DefectYear.Value], InForceBreaks(parsed));
        Assert.Empty(CarryOverBreaks(parsed));
    }

    [Fact]
    public void In_force_break_needs_two_years_of_the_2021_template()
    {
        var series = SyntheticSeries.Generate(1, Agency, 2019, 3, SeriesDefect.InForceBreak);

        Assert.Null(series.DefectYear);
        Assert.Null(series.Defect);
    }

    [Theory]
    [InlineData(SeriesDefect.CarryOverBreak, "crossyear.carry_over")]
    [InlineData(SeriesDefect.InForceBreak, "crossyear.in_force")]
    public void Cross_year_checks_find_the_break_in_the_recorded_year_and_nowhere_else(SeriesDefect defect, string rule)
    {
        for (var seed = 10; seed < 16; seed++)
        {
            var series = SyntheticSeries.Generate(seed, Agency, 2020, 5, defect);
            var years = Parsed(series).Select(r => YearTables.From(r)!).ToList();

            var raised = years.Zip(years.Skip(1))
                .SelectMany(p => CrossYearChecks.Check(p.First, p.Second).Where(f => f.Severity != Severity.Info).Select(f => (p.Second.Year, f.RuleId)))
                .Distinct().ToList();

            Assert.Equal([(series.DefectYear!.Value, rule)], raised);
        }
    }
}
