using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>Title, signature date, period, sections and contact details of the five real reports.</summary>
public class SeedMetadataTests
{
    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024, "枣庄市台儿庄区人民政府办公室", 2024)]
    [InlineData(SeedReports.TaierzhuangCommerce2023, "枣庄市台儿庄区商务和投资促进局", 2023)]
    [InlineData(SeedReports.ZhangfanSubdistrict2023, "枣庄高新区张范街道", 2023)]
    [InlineData(SeedReports.LinziOffice2024, "临淄区人民政府办公室", 2024)]
    [InlineData(SeedReports.YonganTown2024, "市中区永安镇人民政府", 2024)]
    public void Reads_agency_and_year_from_the_title(string seed, string agency, int year)
    {
        var report = ReportParser.Parse(SeedReports.Read(seed)).Report;
        Assert.Equal(agency, report.AgencyName);
        Assert.Equal(year, report.Year);
    }

    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024, "2025-01-17", 429)]
    [InlineData(SeedReports.TaierzhuangCommerce2023, "2024-01-19", 423)]
    public void Reads_the_signature_date(string seed, string date, int line)
    {
        var report = ReportParser.Parse(SeedReports.Read(seed)).Report;
        Assert.Equal(DateOnly.Parse(date), report.PublishedOn);
        Assert.Equal(line, report.PublishedOnLine);
    }

    /// <summary>These reports are not dated; the period's 12月31日 and the chart years must not be taken for a date.</summary>
    [Theory]
    [InlineData(SeedReports.ZhangfanSubdistrict2023)]
    [InlineData(SeedReports.LinziOffice2024)]
    [InlineData(SeedReports.YonganTown2024)]
    public void Undated_reports_have_no_publication_date(string seed)
    {
        var report = ReportParser.Parse(SeedReports.Read(seed)).Report;
        Assert.Null(report.PublishedOn);
        Assert.Equal(0, report.PublishedOnLine);
    }

    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024, 2024, 4)]   // 统计期限从…到…
    [InlineData(SeedReports.TaierzhuangCommerce2023, 2023, 4)] // 统计时限为…至…
    [InlineData(SeedReports.ZhangfanSubdistrict2023, 2023, 3)] // 统计期限为…至…
    [InlineData(SeedReports.LinziOffice2024, 2024, 4)]         // 统计期限自…起，至…止
    [InlineData(SeedReports.YonganTown2024, 2024, 4)]          // first of two: 统计期限自…起至…止 (again on line 414)
    public void Reads_the_statistical_period(string seed, int year, int line)
    {
        var period = ReportParser.Parse(SeedReports.Read(seed)).Report.StatisticalPeriod;
        Assert.NotNull(period);
        Assert.Equal(new DateOnly(year, 1, 1), period.Start);
        Assert.Equal(new DateOnly(year, 12, 31), period.End);
        Assert.Equal(line, period.Line);
    }

    [Theory]
    [InlineData(SeedReports.TaierzhuangOffice2024, "5,27,73,360,412,415")]
    [InlineData(SeedReports.TaierzhuangCommerce2023, "5,14,60,347,399,413")]
    [InlineData(SeedReports.ZhangfanSubdistrict2023, "4,16,62,349,406,409")]
    [InlineData(SeedReports.LinziOffice2024, "6,14,60,348,407,416")]
    [InlineData(SeedReports.YonganTown2024, "5,20,67,352,397,404")]
    public void Finds_all_six_sections_at_their_heading_lines(string seed, string startLines)
    {
        var sections = ReportParser.Parse(SeedReports.Read(seed)).Report.Sections;
        Assert.Equal([1, 2, 3, 4, 5, 6], sections.Select(s => s.Number));
        Assert.Equal(startLines, string.Join(',', sections.Select(s => s.StartLine)));
    }

    [Fact]
    public void Arabic_numbered_heading_is_section_three_and_spaced_heading_is_section_four()
    {
        var report = ReportParser.Parse(SeedReports.Read(SeedReports.ZhangfanSubdistrict2023)).Report;
        Assert.Equal("3、 行政机关收到和处理政府信息公开申请情况", report.Section(3)!.Heading);
        Assert.Equal("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", report.Section(4)!.Heading);
    }

    [Fact]
    public void Numbered_paragraphs_inside_section_one_stay_narrative()
    {
        var report = ReportParser.Parse(SeedReports.Read(SeedReports.TaierzhuangOffice2024)).Report;
        var one = report.Section(1)!;
        Assert.Contains("1.主动公开情况。", one.Text);
        Assert.Contains("全年累计在政府门户网站公开各类信息4398条", one.Text);
        Assert.Equal(26, one.EndLine);
    }

    [Fact]
    public void Section_text_excludes_table_cells_and_preamble_holds_the_introduction()
    {
        var report = ReportParser.Parse(SeedReports.Read(SeedReports.LinziOffice2024)).Report;
        Assert.DoesNotContain("行政规范性文件", report.Section(2)!.Text);
        Assert.Equal("", report.Section(3)!.Text);
        Assert.DoesNotContain("出具已获取信息", report.Section(3)!.Text);
        Assert.StartsWith("临淄区人民政府办公室2024年政府信息公开工作\n年度报告\n本年度报告中所列数据的统计期限", report.Preamble);
        Assert.Contains("（一）存在问题", report.Section(5)!.Text);
    }

    [Fact]
    public void Reads_contact_details_from_the_preamble()
    {
        var linzi = ReportParser.Parse(SeedReports.Read(SeedReports.LinziOffice2024)).Report.Contact;
        Assert.Equal("lzqzfzwgkb@zb.shandong.cn", linzi.Email);
        Assert.Equal("255400", linzi.PostalCode);
        Assert.Equal("0533-7212036", linzi.Phone);
        Assert.Equal("临淄区广场路1号", linzi.Address);
        Assert.Null(linzi.Website);

        var taierzhuang = ReportParser.Parse(SeedReports.Read(SeedReports.TaierzhuangOffice2024)).Report.Contact;
        Assert.Equal("http://www.tez.gov.cn/", taierzhuang.Website);
        Assert.Equal("277400", taierzhuang.PostalCode); // written 邮政编码
        Assert.Equal("tezxxzx@zz.shandong.cn", taierzhuang.Email);

        var zhangfan = ReportParser.Parse(SeedReports.Read(SeedReports.ZhangfanSubdistrict2023)).Report.Contact;
        Assert.Equal("0632-4615098", zhangfan.Phone); // "联系电话:" with an ASCII colon
        Assert.Equal("zfjd8025@163.com", zhangfan.Email);
    }
}
