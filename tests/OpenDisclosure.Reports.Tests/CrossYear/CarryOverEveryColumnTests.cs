using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Tests.Narrative;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.CrossYear;

/// <summary>
/// 结转下年度 of N = 上年结转 of N+1 on each of the seven applicant columns of the real 临淄区 2024 report (its
/// 结转下年度继续办理 row is 0 in every column), with a 2025 built from the same report parsed back.
/// </summary>
public class CarryOverEveryColumnTests
{
    private static readonly string[] Codes =
        ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"];

    private static YearTables Linzi2024() => YearTables.From(ReportCheck.Run(SeedNarrative.Text("003")).Report)!;

    private static YearTables Linzi2025(long?[] carriedOver) => Linzi2024() with
    {
        Year = 2025, ReportRef = "临淄区人民政府办公室 2025", CarriedOver = carriedOver, YoyClaims = [],
    };

    private static List<Finding> CarryOver(YearTables next) =>
        CrossYearChecks.Check(Linzi2024(), next).Where(f => f.RuleId == "crossyear.carry_over").ToList();

    [Fact]
    public void The_real_report_reads_seven_carried_forward_columns()
    {
        var linzi = Linzi2024();
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], linzi.CarriedForward.Select(v => v!.Value));
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], linzi.CarriedOver.Select(v => v!.Value));
    }

    [Fact]
    public void Every_column_that_breaks_is_its_own_finding_with_its_own_values()
    {
        var findings = CarryOver(Linzi2025([1, 2, 3, 4, 5, 6, 21]));
        Assert.All(findings, f => Assert.Equal((Severity.Error, "carried_over"), (f.Severity, f.Location.Row)));
        Assert.Equal(Codes, findings.Select(f => f.Location.Column));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "21"], findings.Select(f => f.Actual));
        Assert.All(findings, f => Assert.Equal("0", f.Expected));
        Assert.Contains("科研机构", findings[2].MessageZh);
        Assert.Contains("临淄区人民政府办公室 2024", findings[2].Evidence);
        Assert.Contains("临淄区人民政府办公室 2025", findings[2].Evidence);
    }

    /// <summary>A break in one middle column (the total follows it) is not hidden by the columns that agree.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_single_applicant_column_break_names_that_column_and_the_total(int column)
    {
        var carriedOver = new long?[] { 0, 0, 0, 0, 0, 0, 1 };
        carriedOver[column] = 1;
        var findings = CarryOver(Linzi2025(carriedOver));
        Assert.Equal([Codes[column], "total"], findings.Select(f => f.Location.Column));
    }

    /// <summary>The agency's most likely slip: copying last year's 上年结转 (2) instead of its 结转下年度 (0).</summary>
    [Fact]
    public void Copying_last_years_carried_over_row_is_found()
    {
        var findings = CarryOver(Linzi2025([.. Linzi2024().CarriedOver]));
        Assert.Equal(["naturalPerson", "total"], findings.Select(f => f.Location.Column));
        Assert.All(findings, f => Assert.Equal(("0", "2"), (f.Expected, f.Actual)));
    }

    [Fact]
    public void A_missing_cell_skips_only_its_own_column()
    {
        var findings = CarryOver(Linzi2025([1, null, 0, 0, 0, 0, 1]));
        Assert.Equal(["naturalPerson", "total"], findings.Select(f => f.Location.Column));
    }
}
