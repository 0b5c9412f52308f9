using OpenDisclosure.Formats.Pdf;

namespace OpenDisclosure.Formats.Tests;

public class PdfReaderTests
{
    [Fact]
    public void A_pdf_without_a_text_layer_is_reported_as_scanned()
    {
        var result = DocumentReader.Read("扫描件.pdf", Fixture.Bytes("scanned-no-text.pdf"));

        Assert.Equal(DocumentKind.Pdf, result.Kind);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("format.pdf_no_text_layer", error.RuleId);
        Assert.Contains("no text layer", error.MessageEn);
    }

    [Fact]
    public void A_damaged_pdf_is_a_finding_not_an_exception()
    {
        var result = DocumentReader.Read("broken.pdf", "%PDF-1.7\nnot really a pdf"u8.ToArray());

        Assert.False(result.Succeeded);
        Assert.Equal("format.pdf_unreadable", Assert.Single(result.Diagnostics).RuleId);
    }

    [Fact]
    public void Pdf_text_keeps_the_title_sections_and_joined_paragraphs()
    {
        var result = DocumentReader.Read("linzi.pdf", Fixture.Bytes("linzi-2024.pdf"));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("临淄区人民政府办公室2024年政府信息公开工作年度报告\n", result.Text);
        // A paragraph wrapped over three printed lines comes back as one line, contact details intact.
        Assert.Contains("\n本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。如对报告内容有疑问，请与临淄区人民政府办公室联系（地址：临淄区广场路1号；邮编：255400；电话：0533-7212036；邮箱：lzqzfzwgkb@zb.shandong.cn）。\n", result.Text);
        Assert.DoesNotContain("—1—", result.Text);
        foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
            Assert.Contains("\n" + heading + "\n", result.Text);
    }
}
