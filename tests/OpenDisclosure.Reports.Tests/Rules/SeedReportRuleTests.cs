using OpenDisclosure.Reports.Tests.Parsing;

namespace OpenDisclosure.Reports.Tests.Rules;

/// <summary>The rules on the five real reports: their tables add up; three of them carry no signature date.</summary>
public class SeedReportRuleTests
{
    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024)]
    [InlineData(SeedReports.TaierzhuangCommerce2023)]
    [InlineData(SeedReports.ZhangfanSubdistrict2023)]
    [InlineData(SeedReports.LinziOffice2024)]
    [InlineData(SeedReports.YonganTown2024)]
    public void Seed_tables_are_arithmetically_consistent(string seed)
    {
        var findings = ReportCheck.Run(SeedReports.Read(seed)).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("table3.") || f.RuleId.StartsWith("table4.") || f.RuleId == "table.missing");
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("cell."));
    }

    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024, false)]
    [InlineData(SeedReports.TaierzhuangCommerce2023, false)]
    [InlineData(SeedReports.ZhangfanSubdistrict2023, true)] // ends with section 六 and a chart, no signature
    [InlineData(SeedReports.LinziOffice2024, true)] // text cut off inside section 六
    [InlineData(SeedReports.YonganTown2024, true)] // signed by 市中区永安镇人民政府 without a date
    public void Date_missing_only_where_the_signature_has_no_date(string seed, bool missing)
    {
        var findings = ReportCheck.Run(SeedReports.Read(seed)).Findings;

        Assert.Equal(missing, findings.Any(f => f.RuleId == "date.missing"));
        Assert.DoesNotContain(findings, f => f.RuleId == "date.late"); // 000 signed 2025-01-17, 001 signed 2024-01-19
    }
}
