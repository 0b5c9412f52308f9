using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>Layout variations other extractions produce: page numbers in tables, missing headings, metadata above the title.</summary>
public class LayoutVariationTests
{
    private static readonly AnnualReport Linzi = ReportParser.Parse(SeedReports.Read(SeedReports.LinziOffice2024)).Report;

    private static IEnumerable<decimal?> RequestValues(AnnualReport report) => report.Requests!.Rows.SelectMany(r => r.Cells).Select(c => c.Value);

    [Fact]
    public void Page_numbers_inside_a_table_are_ignored()
    {
        var lines = SeedReports.Lines(SeedReports.LinziOffice2024);
        Assert.Equal("\t0", lines[148]);
        lines.Insert(149, "- 5 -");      // after line 149, between two value cells
        lines.Insert(110, "第 3 页");    // after line 110, right after the label's first value
        var result = ReportParser.Parse(string.Join('\n', lines));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(RequestValues(Linzi), RequestValues(result.Report));
        Assert.Equal(6m, result.Report.Requests!["partially_granted", ApplicantColumn.Total].Value);
        Assert.Equal("", result.Report.Section(3)!.Text); // page furniture is not narrative
    }

    [Fact]
    public void Tables_still_separate_when_the_headings_between_them_are_missing()
    {
        var lines = SeedReports.Lines(SeedReports.LinziOffice2024);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", lines[347]);
        Assert.Equal("三、收到和处理政府信息公开申请情况", lines[59]);
        lines.RemoveRange(345, 3); // blank lines and the 四、 heading: table 四 follows table 三 directly
        lines.RemoveRange(57, 4);  // blank lines and the 三、 heading: table 三 follows table 二 directly
        var result = ReportParser.Parse(string.Join('\n', lines));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1, 2, 5, 6], result.Report.Sections.Select(s => s.Number));
        Assert.Equal(9m, result.Report.Proactive!["normativeDocuments.inForce"].Value);
        Assert.Equal(RequestValues(Linzi), RequestValues(result.Report));
        Assert.All(result.Report.ReviewLitigation!.Cells, c => Assert.Equal(0m, c.Value));
    }

    [Fact]
    public void Web_page_metadata_above_the_title_is_not_the_agency()
    {
        var text = "索引号：11370305MB2856 | 发布机构：临淄区政府办\n发布日期：2025-01-20\n\n" + SeedReports.Read(SeedReports.LinziOffice2024);
        var result = ReportParser.Parse(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("临淄区人民政府办公室", result.Report.AgencyName);
        Assert.Equal(2024, result.Report.Year);
        Assert.Null(result.Report.PublishedOn);
        Assert.Equal(new DateOnly(2024, 12, 31), result.Report.StatisticalPeriod!.End);
    }

    [Theory]
    [InlineData("标题：某某市某某局2024年政府信息公开工作年度报告", "某某市某某局", 2024)]
    [InlineData("某某市某某局关于2023年度政府信息公开工作年度报告", "某某市某某局", 2023)]
    [InlineData("某某县人民政府\n2022 年政府信息公开工作年度报告", "某某县人民政府", 2022)]
    public void Title_variants(string title, string agency, int year)
    {
        var report = ReportParser.Parse(title + "\n\n一、总体情况\n正文。").Report;
        Assert.Equal(agency, report.AgencyName);
        Assert.Equal(year, report.Year);
    }
}
