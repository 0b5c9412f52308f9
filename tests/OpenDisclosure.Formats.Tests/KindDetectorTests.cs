using System.Text;

namespace OpenDisclosure.Formats.Tests;

public class KindDetectorTests
{
    [Fact]
    public void Kind_comes_from_the_content_not_the_extension()
    {
        Assert.Equal(DocumentKind.Html, KindDetector.Detect("report.txt", Fixture.Bytes("linzi-2024.html")));
        Assert.Equal(DocumentKind.Html, KindDetector.Detect("report.doc", Fixture.Bytes("linzi-2024-gbk-layout.html")));
        Assert.Equal(DocumentKind.Text, KindDetector.Detect("report.html", Fixture.Bytes("linzi-2024-gb18030.txt")));
        Assert.Equal(DocumentKind.Pdf, KindDetector.Detect("report.html", Encoding.ASCII.GetBytes("%PDF-1.7\n%...")));
    }

    [Fact]
    public void Legacy_doc_is_refused_with_the_conversion_command()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = DocumentReader.Read("2019年报.doc", ole);

        Assert.Equal(DocumentKind.Doc, result.Kind);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("format.legacy_doc", error.RuleId);
        Assert.Contains("libreoffice --headless --convert-to docx", error.MessageEn);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_unknown()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("xl/workbook.xml");

        var result = DocumentReader.Read("table.xlsx", stream.ToArray());

        Assert.Equal(DocumentKind.Unknown, result.Kind);
        Assert.Equal("format.unknown_kind", Assert.Single(result.Diagnostics).RuleId);
    }
}
