using OpenDisclosure.Reports;

namespace OpenDisclosure.Reports.Tests;

public class ReportCheckTests
{
    [Fact]
    public void Empty_input_gives_only_the_parse_error_not_a_cascade_of_missing_parts()
    {
        var finding = Assert.Single(ReportCheck.Run(" \n\t\n").Findings);
        Assert.Equal("parse.empty", finding.RuleId);
    }

    [Fact]
    public void Readable_input_still_runs_the_rules()
    {
        // A title and nothing else: the rules must say the tables and sections are missing.
        var findings = ReportCheck.Run("某某县人民政府办公室\n2024年政府信息公开工作年度报告\n").Findings;
        Assert.Contains(findings, f => f.RuleId == "table.missing");
        Assert.Contains(findings, f => f.RuleId == "section.missing");
    }
}
