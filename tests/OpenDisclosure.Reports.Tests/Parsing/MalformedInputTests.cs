using System.Text;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>Bad input never throws: the parser returns what it could read and says what it could not, with lines.</summary>
public class MalformedInputTests
{
    private static IEnumerable<Finding> Of(ParseResult result, string ruleId) => result.Diagnostics.Where(d => d.RuleId == ruleId);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("  \n\t \r\n\u3000\u00A0\n")]
    public void Empty_input_is_one_clear_error(string? text)
    {
        var result = ReportParser.Parse(text);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.empty", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(result.Report.Requests);
        Assert.Empty(result.Report.Sections);
    }

    [Fact]
    public void Random_bytes_decoded_as_utf8_are_not_text()
    {
        var bytes = new byte[4000];
        new Random(20240101).NextBytes(bytes);
        var result = ReportParser.Parse(Encoding.UTF8.GetString(bytes));
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.not_text", finding.RuleId);
        Assert.True(finding.Location.Line >= 1);
        Assert.Null(result.Report.AgencyName);
    }

    [Fact]
    public void A_report_with_nul_bytes_is_not_text()
    {
        var text = string.Join('\0', SeedReports.Read(SeedReports.LinziOffice2024).ToCharArray());
        Assert.Equal("parse.not_text", Assert.Single(ReportParser.Parse(text).Diagnostics).RuleId);
    }

    [Theory]
    [InlineData('\u0001', '\u0085', '\uFFFD', 2)] // a C0 control first
    [InlineData('\u0085', '\uFFFD', '\u0001', 2)] // a C1 control first
    [InlineData('\uFFFD', '\u0001', '\u0085', 2)] // a replacement character first
    public void The_first_garbage_character_of_any_kind_gives_the_line(char first, char second, char third, int line)
    {
        // Garbage on lines 2, 3 and 4, well above 5 % of the text: the finding points at the first kind met.
        var text = "标题\n" + new string(first, 40) + "\n" + new string(second, 40) + "\n" + new string(third, 40) + "\n正文";
        var finding = Assert.Single(ReportParser.Parse(text).Diagnostics);
        Assert.Equal("parse.not_text", finding.RuleId);
        Assert.Equal(line, finding.Location.Line);
        Assert.Equal("120", finding.Actual);
    }

    [Fact]
    public void Truncated_in_table_three_keeps_the_rows_before_the_cut()
    {
        // Line 197 is "8.属于行政查询事项"; the cut leaves three of its seven values (lines 198–200).
        var text = string.Join('\n', SeedReports.Lines(SeedReports.LinziOffice2024).Take(200));
        var result = ReportParser.Parse(text);
        var report = result.Report;

        Assert.Equal("临淄区人民政府办公室", report.AgencyName);
        Assert.Equal([1, 2, 3], report.Sections.Select(s => s.Number));
        Assert.Null(report.ReviewLitigation);
        Assert.Null(report.PublishedOn);
        Assert.Equal(12m, report.Requests![RequestRows.NewRequests, ApplicantColumn.NaturalPerson].Value);
        var cutRow = report.Requests.Row("denied_administrative_inquiry")!;
        Assert.Equal([0m, 0m, 0m, null, null, null, null], cutRow.Cells.Select(c => c.Value));

        var notFound = Of(result, "parse.row_not_found").ToList();
        Assert.Equal(13, notFound.Count); // （四）×3, （五）×5, （六）×3, （七）总计, 四、结转
        Assert.Contains(notFound, f => f.Location.Row == RequestRows.TotalProcessed && f.Location.Section == 3);
        Assert.All(notFound, f => Assert.Equal(62, f.Location.Line)); // the table's first line; the message gives its span
        Assert.All(notFound, f => Assert.Contains("Table 三 (lines 62–200)", f.MessageEn));
        Assert.True(report.Requests.Row(RequestRows.CarriedForward)!.Cells.All(c => c.IsMissing));
    }

    [Fact]
    public void A_deleted_row_is_reported_and_the_rows_around_it_still_read()
    {
        var lines = SeedReports.Lines(SeedReports.LinziOffice2024);
        Assert.Equal("\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）", lines[108]);
        lines.RemoveRange(107, 10); // lines 108–117: spanning cell, label, seven values, blank
        var result = ReportParser.Parse(string.Join('\n', lines));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.row_not_found", finding.RuleId);
        Assert.Equal("partially_granted", finding.Location.Row);
        Assert.Equal(Severity.Warning, finding.Severity);
        var t = result.Report.Requests!;
        Assert.True(t.Row("partially_granted")!.Cells.All(c => c.IsMissing && c.Line == 0));
        Assert.Equal(5m, t["granted", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(3m, t["unavailable_not_held", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(14m, t[RequestRows.TotalProcessed, ApplicantColumn.Total].Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1O")]
    [InlineData("12人次以上")]
    public void Unreadable_cell_is_missing_with_line_row_and_column(string raw)
    {
        var text = SeedReports.ReplaceLine(SeedReports.LinziOffice2024, 81, "\t12", "\t" + raw);
        var result = ReportParser.Parse(text);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.cell_unreadable", finding.RuleId);
        Assert.Equal(new FindingLocation(3, RequestRows.NewRequests, "naturalPerson", 81), finding.Location);
        Assert.Contains("Line 81", finding.MessageEn);
        Assert.Equal(raw, finding.Actual);
        var t = result.Report.Requests!;
        Assert.Equal(Cell.Missing(81, raw), t[RequestRows.NewRequests, ApplicantColumn.NaturalPerson]);
        Assert.Equal(0m, t[RequestRows.NewRequests, ApplicantColumn.CommercialEnterprise].Value);
        Assert.Equal(12m, t[RequestRows.NewRequests, ApplicantColumn.Total].Value);
        Assert.Equal(2m, t[RequestRows.CarriedOver, ApplicantColumn.NaturalPerson].Value);
    }

    [Theory]
    [InlineData("—", "—")]
    [InlineData("／", "/")]
    [InlineData("无", "无")]
    [InlineData("", "")]
    public void Placeholder_cell_is_missing_not_zero_and_not_an_error(string raw, string cleaned)
    {
        var text = SeedReports.ReplaceLine(SeedReports.LinziOffice2024, 81, "\t12", "\t" + raw);
        var result = ReportParser.Parse(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Cell.Missing(81, cleaned), result.Report.Requests![RequestRows.NewRequests, ApplicantColumn.NaturalPerson]);
    }

    [Fact]
    public void Unreadable_cells_in_tables_two_and_four_name_their_codes()
    {
        var lines = SeedReports.Lines(SeedReports.LinziOffice2024);
        Assert.Equal("\t9", lines[29]);
        lines[29] = "\t九";       // table 二 normativeDocuments.inForce: CJK text where a number belongs
        Assert.Equal("\t0", lines[393]);
        lines[393] = "\tx";       // table 四, fifth value: review / total
        var result = ReportParser.Parse(string.Join('\n', lines));

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("parse.cell_unreadable", d.RuleId));
        Assert.Equal(new FindingLocation(2, "normativeDocuments.inForce", null, 30), result.Diagnostics[0].Location);
        Assert.Equal(new FindingLocation(4, "review", "total", 394), result.Diagnostics[1].Location);
        Assert.Equal(Cell.Missing(30, "九"), result.Report.Proactive!["normativeDocuments.inForce"]);
        Assert.Equal(6m, result.Report.Proactive["normativeDocuments.repealed"].Value);
        Assert.True(result.Report.ReviewLitigation!["review", "total"].IsMissing);
        Assert.Equal(14, result.Report.ReviewLitigation.Cells.Count(c => c.Value == 0m));
    }

    [Fact]
    public void Missing_table_two_item_is_reported_and_others_still_read()
    {
        var lines = SeedReports.Lines(SeedReports.LinziOffice2024);
        Assert.Equal("\t行政许可", lines[36]);
        lines.RemoveRange(36, 3); // lines 37–39: label, value, blank
        var result = ReportParser.Parse(string.Join('\n', lines));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.row_not_found", finding.RuleId);
        Assert.Equal(new FindingLocation(2, "licensing", null, 15), finding.Location);
        Assert.True(result.Report.Proactive!["licensing"].IsMissing);
        Assert.Equal(0m, result.Report.Proactive["penalties"].Value);
        Assert.Equal(9m, result.Report.Proactive["normativeDocuments.inForce"].Value);
    }

    [Fact]
    public void Short_table_four_reports_the_groups_without_values()
    {
        var lines = SeedReports.Lines(SeedReports.TaierzhuangOffice2024);
        Assert.Equal("\t0", lines[404]);
        lines.RemoveRange(404, 5); // lines 405–409: the 复议后起诉 values
        var result = ReportParser.Parse(string.Join('\n', lines));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("parse.row_not_found", finding.RuleId);
        Assert.Equal(new FindingLocation(4, "litigationAfterReview", null, 361), finding.Location);
        var t = result.Report.ReviewLitigation!;
        Assert.Equal(10, t.Cells.Count(c => !c.IsMissing));
        Assert.True(t["litigationAfterReview", "total"].IsMissing);
    }

    [Fact]
    public void Title_without_year_or_agency_is_reported_on_its_line()
    {
        var noYear = ReportParser.Parse("某某局政府信息公开工作年度报告\n一、总体情况\n正文。");
        Assert.Equal("某某局", noYear.Report.AgencyName);
        var year = Assert.Single(noYear.Diagnostics);
        Assert.Equal(("parse.year_missing", 1), (year.RuleId, year.Location.Line));

        var noAgency = ReportParser.Parse("\n2024年政府信息公开工作年度报告\n一、总体情况\n正文。");
        Assert.Equal(2024, noAgency.Report.Year);
        var agency = Assert.Single(noAgency.Diagnostics);
        Assert.Equal(("parse.agency_missing", 2), (agency.RuleId, agency.Location.Line));
    }

    [Fact]
    public void Agency_falls_back_to_the_signature()
    {
        var text = "2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n六、其他需要报告的事项\n无。\n\n某某市某某局\n2025年1月10日\n";
        var result = ReportParser.Parse(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("某某市某某局", result.Report.AgencyName);
        Assert.Equal(new DateOnly(2025, 1, 10), result.Report.PublishedOn);
        Assert.Equal(8, result.Report.PublishedOnLine);
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        var unix = ReportParser.Parse(SeedReports.Read(SeedReports.TaierzhuangOffice2024)).Report;
        var windows = ReportParser.Parse(SeedReports.Read(SeedReports.TaierzhuangOffice2024).Replace("\n", "\r\n")).Report;
        Assert.Equal(unix.PublishedOn, windows.PublishedOn);
        Assert.Equal(unix.Sections.Select(s => s.StartLine), windows.Sections.Select(s => s.StartLine));
        Assert.Equal(unix.Requests!.Rows.SelectMany(r => r.Cells), windows.Requests!.Rows.SelectMany(r => r.Cells));
    }

    [Fact]
    public void A_report_without_tables_has_null_tables()
    {
        var result = ReportParser.Parse("某某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度无数据。\n");
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Report.Proactive);
        Assert.Null(result.Report.Requests);
        Assert.Null(result.Report.ReviewLitigation);
    }
}
