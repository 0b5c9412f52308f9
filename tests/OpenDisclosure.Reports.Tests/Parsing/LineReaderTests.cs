using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>The small readers on their own: cleaning, cells, dates, headings, periods.</summary>
public class LineReaderTests
{
    [Theory]
    [InlineData("\t[bookmark: _Hlk66973412]一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量")]
    [InlineData("\t[bookmark: _GoBack]0", "0")]
    [InlineData("\t\u3000\u30000", "0")]
    [InlineData("\t\u00A0\u30000", "0")]
    [InlineData("１２", "12")]
    [InlineData("－３", "-3")]
    [InlineData("（一）予以公开", "（一）予以公开")] // CJK punctuation is kept
    [InlineData("[bookmark: a][bookmark: b]x", "x")]
    [InlineData("[bookmark: unterminated", "[bookmark: unterminated")]
    public void Cleans_extraction_residue(string raw, string cleaned) => Assert.Equal(cleaned, TextCleaner.Clean(raw));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("1,234", 1234)]
    [InlineData("126.5", 126.5)]
    [InlineData("-2", -2)]
    [InlineData("+3", 3)]
    [InlineData("3件", 3)]
    [InlineData("1.5万元", 1.5)]
    public void Reads_numbers(string text, double value)
    {
        var cell = CellReader.Read(new TableCell(text, 7), out var problem);
        Assert.Equal(CellProblem.None, problem);
        Assert.Equal((decimal)value, cell.Value);
        Assert.Equal(7, cell.Line);
        Assert.Equal(text, cell.Raw);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("—", false)]
    [InlineData("-", false)]
    [InlineData("/", false)]
    [InlineData("无", false)]
    [InlineData("abc", true)]
    [InlineData("1O", true)]
    [InlineData("1e3", true)]
    [InlineData("(3)", true)]
    [InlineData("1.2.3", true)]
    public void Missing_cells_are_never_zero(string text, bool unreadable)
    {
        var cell = CellReader.Read(new TableCell(text, 9), out var problem);
        Assert.True(cell.IsMissing);
        Assert.Equal(unreadable ? CellProblem.Unreadable : CellProblem.None, problem);
        Assert.Equal(9, cell.Line);
    }

    [Theory]
    [InlineData("999999999999", false)]
    [InlineData("-999999999999", false)]
    [InlineData("1000000000000", true)]
    [InlineData("9223372036854775808", true)] // 2^63: used to overflow the long conversion of Cell.Count
    [InlineData("1000000000000000000000", true)] // 10^21
    [InlineData("99999999999999999999999999999999999", true)] // past decimal itself
    [InlineData("1,000,000,000,000件", true)]
    public void Absurd_numbers_are_out_of_range_and_missing(string text, bool outOfRange)
    {
        var cell = CellReader.Read(new TableCell(text, 4), out var problem);
        Assert.Equal(outOfRange ? CellProblem.OutOfRange : CellProblem.None, problem);
        Assert.Equal(outOfRange, cell.IsMissing);
        Assert.Equal(text, cell.Raw);
    }

    [Theory]
    [InlineData("2025年1月17日", "2025-01-17")]
    [InlineData("2025 年 1 月 17 日", "2025-01-17")]
    [InlineData("二〇二五年一月十七日", "2025-01-17")]
    [InlineData("二〇二四年十二月三十一日", "2024-12-31")]
    [InlineData("2025-01-17", "2025-01-17")]
    [InlineData("2025.1.7", "2025-01-07")]
    public void Reads_standalone_dates(string line, string expected)
    {
        Assert.True(DateText.TryReadStandalone(line, out var date));
        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Theory]
    [InlineData("2025年2月30日")]
    [InlineData("落款：2025年1月17日")]
    [InlineData("近4年受理依申请公开数量 2021 2022 2023 2024 4 7 3 4")]
    [InlineData("2025年1月")]
    public void Rejects_non_dates(string line) => Assert.False(DateText.TryReadStandalone(line, out _));

    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("3、 行政机关收到和处理政府信息公开申请情况", 3)]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 4)]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5)]
    [InlineData("六、其他需要报告的事项", 6)]
    public void Recognises_section_headings(string text, int number)
    {
        Assert.True(SectionLocator.TryReadHeading(text, out var n, out var parenthesized));
        Assert.Equal(number, n);
        Assert.False(parenthesized);
    }

    [Theory]
    [InlineData("1.主动公开情况。")]        // number 1, title of section 二
    [InlineData("2.依申请公开工作情况。")]
    [InlineData("一是加强监督检查")]
    [InlineData("2024年，区政府办公室不存在因信息处理收取相关费用的情况。")]
    [InlineData("三、本年度办理结果")]      // a table 三 group label, not section 三
    public void Rejects_numbered_paragraphs(string text)
    {
        var isHeading = SectionLocator.TryReadHeading(text, out _, out var parenthesized);
        Assert.False(isHeading && !parenthesized);
    }

    [Fact]
    public void Top_level_sections_numbered_in_parentheses_are_accepted_when_plain_ones_are_missing()
    {
        var text = "某某局2024年政府信息公开工作年度报告\n（一）总体情况\n（一）主动公开\n正文。\n（二）主动公开政府信息情况\n正文。";
        var sections = ReportParser.Parse(text).Report.Sections;
        Assert.Equal([(1, 2), (2, 5)], sections.Select(s => (s.Number, s.StartLine)));
    }

    [Fact]
    public void Period_end_without_a_year_takes_the_start_year()
    {
        var period = ReportParser.Parse("某某局2017年政府信息公开工作年度报告\n报告所列数据的统计期限自2017年1月1日起至12月31日止。").Report.StatisticalPeriod;
        Assert.Equal(new StatisticalPeriod(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), 2), period);
    }

    [Fact]
    public void Rule_catalog_lists_the_parser_diagnostics()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ParseDiagnostics.All.Select(r => r.Id), ids.Take(ParseDiagnostics.All.Count));
        Assert.Contains("parse.cell_unreadable", ids);
        Assert.Equal(Severity.Warning, RuleCatalog.Find("parse.row_not_found")!.Severity);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
