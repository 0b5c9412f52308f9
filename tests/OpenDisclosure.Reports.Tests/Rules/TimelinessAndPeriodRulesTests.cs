using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Rules;

public class TimelinessAndPeriodRulesTests
{
    [Theory]
    [InlineData(2025, 1, 17)] // 台儿庄区人民政府办公室 signed its 2024 report on 2025-01-17
    [InlineData(2025, 1, 31)]
    public void Signed_by_31_January_is_on_time(int y, int m, int d)
    {
        Assert.Empty(new TimelinessRules().Check(TestReports.Linzi(publishedOn: new DateOnly(y, m, d))));
    }

    [Fact]
    public void Signed_on_1_February_is_late()
    {
        var finding = Assert.Single(new TimelinessRules().Check(TestReports.Linzi(publishedOn: new DateOnly(2025, 2, 1))));

        Assert.Equal("date.late", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new FindingLocation(Line: 440), finding.Location);
        Assert.Equal(("<= 2025-01-31", "2025-02-01"), (finding.Expected, finding.Actual));
        Assert.Contains("1 days after", finding.MessageEn);
    }

    [Fact]
    public void No_signature_date_is_date_missing()
    {
        var finding = Assert.Single(new TimelinessRules().Check(TestReports.Linzi(noDate: true)));

        Assert.Equal("date.missing", finding.RuleId);
        Assert.Equal(FindingLocation.Report, finding.Location);
    }

    [Fact]
    public void Calendar_year_period_passes()
    {
        Assert.Empty(new PeriodRules().Check(TestReports.Linzi()));
    }

    [Fact]
    public void Period_of_the_previous_year_is_a_mismatch()
    {
        // Stated in section 六 (lines 360–410 in the test report), as 台儿庄区 does.
        var period = new StatisticalPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 398);

        var finding = Assert.Single(new PeriodRules().Check(TestReports.Linzi(period: period)));

        Assert.Equal("period.mismatch", finding.RuleId);
        Assert.Equal(new FindingLocation(6, Line: 398), finding.Location);
        Assert.Equal(("2024-01-01..2024-12-31", "2023-01-01..2023-12-31"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void No_stated_period_is_information_only()
    {
        var finding = Assert.Single(new PeriodRules().Check(TestReports.Linzi(noPeriod: true)));

        Assert.Equal(("period.missing", Severity.Info), (finding.RuleId, finding.Severity));
    }
}
