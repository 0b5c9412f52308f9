using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Rules;

public class RuleCatalogTests
{
    [Fact]
    public void Catalog_lists_every_single_report_rule_agreed_in_the_rule_list()
    {
        string[] agreed =
        [
            "table3.balance", "table3.outcome_sum", "table3.column_sum", "table4.total_sum",
            "cell.missing", "cell.negative", "cell.non_integer", "table.missing", "section.missing",
            "date.missing", "date.late", "period.mismatch", "period.missing",
        ];
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.All(agreed, id => Assert.Contains(id, ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(RuleCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.DescriptionZh) || string.IsNullOrWhiteSpace(r.DescriptionEn)));
    }

    [Fact]
    public void Consistent_report_has_no_finding_from_any_family()
    {
        Assert.Empty(ReportValidator.Validate(TestReports.Linzi()));
    }
}
