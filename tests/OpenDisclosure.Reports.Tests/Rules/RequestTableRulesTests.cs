using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Rules;

public class RequestTableRulesTests
{
    private static List<Finding> Check(RequestTableBuilder table) =>
        new RequestTableRules().Check(TestReports.Linzi(requests: table.Build())).ToList();

    [Fact]
    public void Linzi_as_published_is_consistent()
    {
        Assert.Empty(Check(RequestTableBuilder.Linzi()));
        Assert.Empty(Check(RequestTableBuilder.Linzi(ReportFormat.Format2019)));
    }

    [Fact]
    public void Balance_reports_inflow_against_outflow_per_column()
    {
        // One processed request dropped from both 予以公开 and (七)总计: outcomes still add up, the balance does not.
        var table = RequestTableBuilder.Linzi().Person("granted", 4).Person(RequestRows.TotalProcessed, 13);

        var findings = Check(table);

        Assert.Equal(["table3.balance", "table3.balance"], findings.Select(f => f.RuleId));
        var person = findings[0];
        Assert.Equal(Severity.Error, person.Severity);
        Assert.Equal(new FindingLocation(3, "total_processed", "naturalPerson", table.Line("total_processed", ApplicantColumn.NaturalPerson)), person.Location);
        Assert.Equal(("14", "13"), (person.Expected, person.Actual));
        Assert.Contains("本年新收12 + 上年结转2 = 14", person.MessageZh);
        Assert.Contains("new 12 + carried over 2 = 14", person.MessageEn);
        Assert.Equal("total", findings[1].Location.Column);
    }

    [Fact]
    public void Outcome_sum_compares_total_processed_with_the_outcome_rows()
    {
        // 予以公开 5 -> 4 in the 自然人 column only: the outcomes no longer reach 14, and the row's total column is off too.
        var table = RequestTableBuilder.Linzi().Set("granted", ApplicantColumn.NaturalPerson, 4);

        var findings = Check(table);

        var outcome = Assert.Single(findings, f => f.RuleId == "table3.outcome_sum");
        Assert.Equal(new FindingLocation(3, "total_processed", "naturalPerson", table.Line("total_processed", ApplicantColumn.NaturalPerson)), outcome.Location);
        Assert.Equal(("13", "14"), (outcome.Expected, outcome.Actual));
        var column = Assert.Single(findings, f => f.RuleId == "table3.column_sum");
        Assert.Equal(new FindingLocation(3, "granted", "total", table.Line("granted", ApplicantColumn.Total)), column.Location);
        Assert.Equal(("4", "5"), (column.Expected, column.Actual));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Column_sum_checks_every_row_of_the_2019_template()
    {
        // One request moved from 予以公开 to (六)其他处理 in the 总计 column only: column totals still add up to 14.
        var table = RequestTableBuilder.Linzi(ReportFormat.Format2019)
            .Set("granted", ApplicantColumn.Total, 4).Set("other_processing", ApplicantColumn.Total, 1);

        var findings = Check(table);

        Assert.Equal(["table3.column_sum", "table3.column_sum"], findings.Select(f => f.RuleId));
        Assert.Equal(new FindingLocation(3, "granted", "total", table.Line("granted", ApplicantColumn.Total)), findings[0].Location);
        Assert.Equal(("5", "4"), (findings[0].Expected, findings[0].Actual));
        Assert.Equal(new FindingLocation(3, "other_processing", "total", table.Line("other_processing", ApplicantColumn.Total)), findings[1].Location);
        Assert.Equal(("0", "1"), (findings[1].Expected, findings[1].Actual));
    }

    [Fact]
    public void Other_processing_row_counts_as_an_outcome_in_the_2019_template()
    {
        var table = RequestTableBuilder.Linzi(ReportFormat.Format2019).Person("other_processing", 2);

        var findings = Check(table).Where(f => f.RuleId == "table3.outcome_sum").ToList();

        Assert.Equal(["naturalPerson", "total"], findings.Select(f => f.Location.Column));
        Assert.All(findings, f => Assert.Equal(("16", "14"), (f.Expected, f.Actual)));
    }

    [Fact]
    public void Arithmetic_skips_a_column_with_a_missing_cell()
    {
        // 上年结转 blank in the 自然人 column: the balance cannot be computed there, only the total column is checked.
        var table = RequestTableBuilder.Linzi()
            .Put(RequestRows.CarriedOver, ApplicantColumn.NaturalPerson, Cell.Missing(91, "—"))
            .Person(RequestRows.NewRequests, 13);

        var findings = Check(table);

        var balance = Assert.Single(findings, f => f.RuleId == "table3.balance");
        Assert.Equal("total", balance.Location.Column);
        Assert.Equal(("15", "14"), (balance.Expected, balance.Actual));
        Assert.DoesNotContain(findings, f => f.Location is { Row: RequestRows.CarriedOver });
    }

    [Fact]
    public void No_table_no_finding()
    {
        var report = new AnnualReport { AgencyName = "临淄区人民政府办公室", Year = 2024 };
        Assert.Empty(new RequestTableRules().Check(report));
    }
}
