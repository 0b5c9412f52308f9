namespace OpenDisclosure.Formats.Tests;

public class HtmlReaderTests
{
    private static readonly string Seed = Fixture.SeedText();

    [Theory]
    [InlineData("linzi-2024.html", "utf-8")]
    [InlineData("linzi-2024-gbk-layout.html", "gb18030")]
    public void Page_tables_equal_the_word_export_cell_for_cell(string fixture, string encoding)
    {
        var result = DocumentReader.Read(fixture, Fixture.Bytes(fixture));

        Assert.Equal(DocumentKind.Html, result.Kind);
        Assert.Equal(encoding, result.Encoding);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(FlatTables.Dump(Seed), FlatTables.Dump(result.Text));
    }

    [Theory]
    [InlineData("linzi-2024.html")]
    [InlineData("linzi-2024-gbk-layout.html")]
    public void Known_table_three_cells_are_read_exactly(string fixture)
    {
        var text = DocumentReader.Read(fixture, Fixture.Bytes(fixture)).Text;

        Assert.Equal(["12", "0", "0", "0", "0", "0", "12"], FlatTables.Values(FlatTables.Row(text, "一、本年新收"), 7));
        Assert.Equal(["2", "0", "0", "0", "0", "0", "2"], FlatTables.Values(FlatTables.Row(text, "二、上年结转"), 7));
        Assert.Equal(["5", "0", "0", "0", "0", "0", "5"], FlatTables.Values(FlatTables.Row(text, "（一）予以公开"), 7));
        Assert.Equal(["6", "0", "0", "0", "0", "0", "6"], FlatTables.Values(FlatTables.Row(text, "（二）部分公开"), 7));
        Assert.Equal(["3", "0", "0", "0", "0", "0", "3"], FlatTables.Values(FlatTables.Row(text, "1.本机关不掌握"), 7));
        Assert.Equal(["14", "0", "0", "0", "0", "0", "14"], FlatTables.Values(FlatTables.Row(text, "（七）总计"), 7));
        // Cells split over several <p>/<span> come back as one label.
        Assert.Single(FlatTables.Rows(text), r => r.Contains("5.要求行政机关确认或重新出具已获取信息"));
        Assert.Single(FlatTables.Rows(text), r => r.Contains("2.重复申请"));
        Assert.Equal(["行政规范性文件", "1", "6", "9"], FlatTables.Row(text, "行政规范性文件"));
    }

    [Theory]
    [InlineData("linzi-2024.html")]
    [InlineData("linzi-2024-gbk-layout.html")]
    public void Navigation_and_footer_chrome_is_left_out_and_the_title_comes_first(string fixture)
    {
        var text = DocumentReader.Read(fixture, Fixture.Bytes(fixture)).Text;

        Assert.StartsWith("临淄区人民政府办公室2024年政府信息公开工作年度报告\n本年度报告中所列数据", text);
        foreach (var chrome in new[] { "首页", "浏览次数", "发布日期", "发布时间", "主办单位", "版权所有", "打印本页", "信息公开指南", "总体情况通报", "_hmt" })
            Assert.DoesNotContain(chrome, text);
        Assert.EndsWith("办复率100%。\n", text);
    }

    [Fact]
    public void Declared_charset_that_does_not_match_the_bytes_is_reported_and_the_bytes_are_sniffed()
    {
        var page = "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体情况</p><table><tr><td>本年新收</td><td>12</td></tr></table></body></html>";
        var bytes = PlainText.TextDecoder.Gb18030.GetBytes(page);

        var result = DocumentReader.Read("mislabelled.html", bytes);

        Assert.Equal("gb18030", result.Encoding);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "format.charset");
        Assert.Equal(["本年新收", "12"], FlatTables.Rows(result.Text).Single());
    }

    [Fact]
    public void Page_without_the_report_heading_is_read_whole_with_a_warning()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<html><body><p>通知公告</p><p>某某会议召开</p></body></html>");

        var result = DocumentReader.Read("notice.html", bytes);

        Assert.Contains(result.Diagnostics, d => d.RuleId == "format.html_body_not_found");
        Assert.Equal("通知公告\n某某会议召开\n", result.Text);
    }

    [Fact]
    public void Tables_published_as_images_are_one_finding_not_table_missing()
    {
        var page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"zoom\">"
            + "<p>临淄区人民政府办公室2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>2024年，本机关依法公开政府信息。</p>"
            + "<p>二、主动公开政府信息情况</p><p><img src=\"t2.png\"></p><p>三、收到和处理政府信息公开申请情况</p><p><img src=\"t3.png\"></p>"
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src=\"t4.png\"></p><p>五、存在的主要问题及改进情况</p><p>无。</p>"
            + "<p>六、其他需要报告的事项</p><p>无。</p></div></body></html>";

        var checkedReport = DocumentCheck.Run("images.html", System.Text.Encoding.UTF8.GetBytes(page));

        Assert.Contains(checkedReport.Findings, f => f.RuleId == "format.html_tables_as_images");
        Assert.DoesNotContain(checkedReport.Findings, f => f.RuleId == "table.missing");
        Assert.Equal("临淄区人民政府办公室", checkedReport.Report.AgencyName);
    }
}
