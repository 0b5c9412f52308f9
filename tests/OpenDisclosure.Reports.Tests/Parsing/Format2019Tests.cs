using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>
/// The 2019 template (国办公开办函〔2019〕60号), from a hand-written sample (Fixtures/format2019_sample.txt): other
/// table 二 rows and columns, and a single （六）其他处理 row in table 三.
/// </summary>
public class Format2019Tests
{
    private static readonly ParseResult Result = ReportParser.Parse(SeedReports.Fixture("format2019_sample.txt"));

    [Fact]
    public void Detects_the_2019_template_and_reads_without_diagnostics()
    {
        Assert.Equal(ReportFormat.Format2019, Result.Report.Format);
        Assert.Equal(ReportFormat.Format2019, Result.Report.Requests!.Format);
        Assert.Equal(ReportFormat.Format2019, Result.Report.Proactive!.Format);
        Assert.Empty(Result.Diagnostics);
        Assert.Equal("某某县自然资源局", Result.Report.AgencyName);
        Assert.Equal(2020, Result.Report.Year);
        Assert.Equal(new DateOnly(2021, 1, 20), Result.Report.PublishedOn);
    }

    [Fact]
    public void Reads_the_2019_table_two_fields()
    {
        var p = Result.Report.Proactive!;
        Assert.All(ProactiveFields.Format2019, f => Assert.False(p[f.Code].IsMissing, f.Code));
        Assert.Equal(12m, p["normativeDocuments.totalPublished"].Value); // row label 规范性文件, not 行政规范性文件
        Assert.Equal(-2m, p["licensing.change"].Value);
        Assert.Equal(230m, p["licensing"].Value);
        Assert.Equal(37m, p["otherServices"].Value);
        Assert.Equal(58m, p["penalties"].Value);
        Assert.Equal(-1m, p["fees.change"].Value);
        Assert.Equal(8m, p["procurement.projects"].Value);
        Assert.Equal(126.5m, p["procurement.amountTenThousandYuan"].Value);
    }

    [Fact]
    public void Reads_the_single_other_processing_row()
    {
        var t = Result.Report.Requests!;
        Assert.Equal(RequestRows.Format2019.Select(r => r.Code), t.Rows.Select(r => r.Code));
        Assert.Equal(23, t.Rows.Count);
        Assert.Equal(1m, t["other_processing", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(1m, t["other_processing", ApplicantColumn.LegalServiceAgency].Value);
        Assert.Equal(2m, t["other_processing", ApplicantColumn.Total].Value);
        Assert.Equal(13m, t[RequestRows.TotalProcessed, ApplicantColumn.Total].Value);
        Assert.Null(t.Row("other"));
    }

    [Fact]
    public void Reads_table_four_in_group_order()
    {
        var r = Result.Report.ReviewLitigation!;
        Assert.Equal(1m, r["review", "upheld"].Value);
        Assert.Equal(1m, r["review", "total"].Value);
        Assert.Equal(1m, r["litigationDirect", "pending"].Value);
        Assert.Equal(0m, r["litigationAfterReview", "total"].Value);
    }

    /// <summary>Without any template-specific header the year decides: a 2020 report is a 2019-template report.</summary>
    [Fact]
    public void Falls_back_to_the_year_when_headers_say_nothing()
    {
        var text = "某某局\n2020年政府信息公开工作年度报告\n一、总体情况\n正文。";
        Assert.Equal(ReportFormat.Format2019, ReportParser.Parse(text).Report.Format);
        Assert.Equal(ReportFormat.Format2021, ReportParser.Parse(text.Replace("2020年", "2022年")).Report.Format);
    }
}
