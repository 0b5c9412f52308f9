using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Rules;

public class CellRulesTests
{
    private static List<Finding> Check(AnnualReport report) => new CellRules().Check(report).ToList();

    [Fact]
    public void Linzi_cells_are_all_whole_and_present()
    {
        Assert.Empty(Check(TestReports.Linzi()));
    }

    [Theory]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("")]
    public void Placeholder_in_table_three_is_a_missing_cell(string raw)
    {
        var table = RequestTableBuilder.Linzi().Put("granted", ApplicantColumn.CommercialEnterprise, Cell.Missing(113, raw));

        var finding = Assert.Single(Check(TestReports.Linzi(requests: table.Build())));

        Assert.Equal("cell.missing", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(new FindingLocation(3, "granted", "commercialEnterprise", 113), finding.Location);
        Assert.Equal(raw, finding.Actual);
        Assert.Contains("予以公开", finding.MessageZh);
    }

    [Fact]
    public void Unreadable_or_unfound_cells_are_left_to_the_parser()
    {
        // "1O" is parse.cell_unreadable, line 0 is parse.row_not_found: cell.missing would only repeat them.
        var table = RequestTableBuilder.Linzi()
            .Put("granted", ApplicantColumn.CommercialEnterprise, Cell.Missing(113, "1O"))
            .Put("partially_granted", ApplicantColumn.CommercialEnterprise, Cell.Missing());

        Assert.Empty(Check(TestReports.Linzi(requests: table.Build())));
    }

    [Fact]
    public void Placeholder_in_table_four_names_group_and_measure()
    {
        var finding = Assert.Single(Check(TestReports.Linzi(review: TestReports.Review(0, 0, 0, 0, 0, null))));

        Assert.Equal(new FindingLocation(4, "litigationDirect", "upheld", 395), finding.Location);
    }

    [Fact]
    public void Negative_count_is_an_error()
    {
        var table = RequestTableBuilder.Linzi().Set("denied_state_secret", ApplicantColumn.NaturalPerson, -1);

        var finding = Assert.Single(Check(TestReports.Linzi(requests: table.Build())));

        Assert.Equal("cell.negative", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new FindingLocation(3, "denied_state_secret", "naturalPerson", table.Line("denied_state_secret", ApplicantColumn.NaturalPerson)), finding.Location);
        Assert.Equal((">= 0", "-1"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Change_in_items_may_be_negative_in_the_2019_template()
    {
        var proactive = TestReports.Proactive(ReportFormat.Format2019, ("licensing.change", Cell.Of(-3, 60)), ("penalties.change", Cell.Of(-12, 70)));

        Assert.Empty(Check(TestReports.Linzi(proactive: proactive)));
    }

    [Fact]
    public void Fraction_is_allowed_in_amounts_but_not_in_counts()
    {
        var proactive = TestReports.Proactive(ReportFormat.Format2021, ("feesTenThousandYuan", Cell.Of(12.35m, 70)), ("penalties", Cell.Of(2.5m, 59)));

        var finding = Assert.Single(Check(TestReports.Linzi(proactive: proactive)));

        Assert.Equal("cell.non_integer", finding.RuleId);
        Assert.Equal(new FindingLocation(2, "penalties", null, 59), finding.Location);
        Assert.Equal(("a whole number", "2.5"), (finding.Expected, finding.Actual));
    }
}
