using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Rules;

public class ReviewLitigationRulesTests
{
    private static List<Finding> Check(params decimal?[] cells) =>
        new ReviewLitigationRules().Check(TestReports.Linzi(review: TestReports.Review(cells))).ToList();

    [Fact]
    public void Consistent_groups_pass()
    {
        Assert.Empty(Check(1, 1, 0, 1, 3, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1));
        Assert.Empty(Check());
    }

    [Fact]
    public void Total_that_misses_a_pending_case_is_reported_with_both_numbers()
    {
        var finding = Assert.Single(Check(1, 1, 0, 1, 2));

        Assert.Equal("table4.total_sum", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new FindingLocation(4, "review", "total", 394), finding.Location);
        Assert.Equal(("3", "2"), (finding.Expected, finding.Actual));
        Assert.Contains("1 + 1 + 0 + 1 = 3", finding.MessageEn);
        Assert.Contains("行政复议", finding.MessageZh);
    }

    [Fact]
    public void Each_group_is_checked_on_its_own()
    {
        var finding = Assert.Single(Check(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1));

        Assert.Equal(new FindingLocation(4, "litigationAfterReview", "total", 404), finding.Location);
        Assert.Equal(("2", "1"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_missing_part_skips_the_group()
    {
        Assert.Empty(Check(1, null, 0, 1, 5));
    }
}
