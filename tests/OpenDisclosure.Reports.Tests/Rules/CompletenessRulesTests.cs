using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Rules;

public class CompletenessRulesTests
{
    [Fact]
    public void Complete_report_passes()
    {
        Assert.Empty(new CompletenessRules().Check(TestReports.Linzi()));
    }

    [Fact]
    public void Absent_table_four_is_an_error_at_section_four()
    {
        var report = TestReports.Linzi();
        var withoutTable = new AnnualReport
        {
            AgencyName = report.AgencyName, Year = report.Year, Sections = report.Sections,
            Proactive = report.Proactive, Requests = report.Requests, ReviewLitigation = null,
        };

        var finding = Assert.Single(new CompletenessRules().Check(withoutTable));

        Assert.Equal("table.missing", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new FindingLocation(4), finding.Location);
        Assert.Equal(("table 4", "absent"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Each_absent_section_is_a_warning()
    {
        var findings = new CompletenessRules().Check(TestReports.Linzi(sections: TestReports.AllSections(except: [1, 5]))).ToList();

        Assert.Equal(["section.missing", "section.missing"], findings.Select(f => f.RuleId));
        Assert.Equal([1, 5], findings.Select(f => f.Location.Section));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal("五、存在的主要问题及改进情况", findings[1].Expected);
    }
}
