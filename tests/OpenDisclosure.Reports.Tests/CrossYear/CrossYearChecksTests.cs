using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Narrative;
using OpenDisclosure.Reports.Tests.Narrative;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.CrossYear;

public class CrossYearChecksTests
{
    private const string Agency = "测试县人民政府办公室";

    private static YearTables Year(int year, long?[] carriedOver, long?[] carriedForward, long? newRequests = 10,
        DocumentCounts? normative = null, IReadOnlyList<YoyClaim>? claims = null, string format = "2021") =>
        new(Agency, year, $"{Agency} {year}", format, carriedOver, carriedForward, newRequests,
            new DocumentCounts(0, 0, 0), normative ?? new DocumentCounts(0, 0, 9), claims ?? []);

    private static long?[] Col(long natural, long other = 0) => [natural, 0, 0, 0, 0, other, natural + other];

    [Fact]
    public void No_previous_year_is_not_assessable_not_passed()
    {
        var finding = Assert.Single(CrossYearChecks.Check(null, Year(2024, Col(0), Col(0))));
        Assert.Equal("crossyear.not_assessable", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Null(finding.Location.Row);
    }

    [Fact]
    public void A_report_two_years_back_is_not_the_previous_year()
    {
        var finding = Assert.Single(CrossYearChecks.Check(Year(2022, Col(0), Col(0)), Year(2024, Col(0), Col(0))));
        Assert.Equal("crossyear.not_assessable", finding.RuleId);
    }

    [Fact]
    public void Consistent_pair_has_no_finding()
    {
        var previous = Year(2023, Col(0), Col(2, 1), normative: new DocumentCounts(3, 0, 8));
        var current = Year(2024, Col(2, 1), Col(0), normative: new DocumentCounts(2, 1, 9));
        Assert.Empty(CrossYearChecks.Check(previous, current));
    }

    [Fact]
    public void Carry_over_break_is_found_per_column_naming_both_reports()
    {
        var previous = Year(2023, Col(0), Col(2, 1));
        var current = Year(2024, Col(3, 1), Col(0));
        var findings = CrossYearChecks.Check(previous, current).Where(f => f.RuleId == "crossyear.carry_over").ToList();
        Assert.Equal(["naturalPerson", "total"], findings.Select(f => f.Location.Column));
        var natural = findings[0];
        Assert.Equal(Severity.Error, natural.Severity);
        Assert.Equal("2", natural.Expected);
        Assert.Equal("3", natural.Actual);
        Assert.Contains($"{Agency} 2023", natural.Evidence);
        Assert.Contains($"{Agency} 2024", natural.Evidence);
    }

    [Fact]
    public void In_force_break_is_found()
    {
        var previous = Year(2023, Col(0), Col(0), normative: new DocumentCounts(3, 0, 8));
        var current = Year(2024, Col(0), Col(0), normative: new DocumentCounts(2, 1, 12));
        var finding = Assert.Single(CrossYearChecks.Check(previous, current));
        Assert.Equal("crossyear.in_force", finding.RuleId);
        Assert.Equal("normativeDocuments.inForce", finding.Location.Row);
        Assert.Equal("9", finding.Expected); // 8 + 2 − 1
        Assert.Equal("12", finding.Actual);
    }

    [Fact]
    public void Previous_report_on_the_2019_template_makes_in_force_not_assessable_only()
    {
        var previous = Year(2020, Col(0), Col(1), normative: DocumentCounts.None, format: "2019");
        var current = Year(2021, Col(1), Col(0));
        var finding = Assert.Single(CrossYearChecks.Check(previous, current));
        Assert.Equal("crossyear.not_assessable", finding.RuleId);
        Assert.Equal("normativeDocuments.inForce", finding.Location.Row);
    }

    /// <summary>临淄区 2024 states "共收到政府信息公开申请12件，同比下降55.55%": 27 the year before makes it true (−55.56%).</summary>
    [Theory]
    [InlineData(27L, false)]
    [InlineData(30L, true)] // 12/30 is −60%
    [InlineData(10L, true)] // a rise, not a fall
    public void Linzi_yoy_claim_is_recomputed_from_both_years(long previousNew, bool mismatch)
    {
        var claim = RequestClaimExtractor.Extract(SeedNarrative.Sentences("003"), 2024).Single(c => c.Change is not null);
        var yoy = new YoyClaim(claim.Change!.Increase, claim.Change.Percent, claim.Sentence.Text, claim.Sentence.Section);
        var previous = Year(2023, Col(0), Col(0), newRequests: previousNew);
        var current = Year(2024, Col(0), Col(0), newRequests: 12, claims: [yoy]);

        var findings = CrossYearChecks.Check(previous, current);
        Assert.Equal(mismatch, findings.Any(f => f.RuleId == "crossyear.yoy_claim" && f.Severity == Severity.Warning));
        if (mismatch) Assert.Contains("同比下降55.55%", findings.Single().Evidence);
    }

    [Fact]
    public void Yoy_claim_over_a_zero_year_is_info()
    {
        var yoy = new YoyClaim(true, new StatedPercent(100, 0, "100%"), "收到申请5件，同比上升100%。", 1);
        var finding = Assert.Single(CrossYearChecks.Check(Year(2023, Col(0), Col(0), newRequests: 0), Year(2024, Col(0), Col(0), newRequests: 5, claims: [yoy])));
        Assert.Equal(Severity.Info, finding.Severity);
    }
}
