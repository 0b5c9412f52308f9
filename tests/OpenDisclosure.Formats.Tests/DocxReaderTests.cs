using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenDisclosure.Formats.Tests;

public class DocxReaderTests
{
    private static readonly byte[] Docx = DocxBuilder.Build(FixtureDocument.Linzi2024());

    [Fact]
    public void Docx_with_merged_cells_gives_the_same_tables_as_the_word_export()
    {
        var result = DocumentReader.Read("临淄区2024年报.docx", Docx);

        Assert.Equal(DocumentKind.Docx, result.Kind);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(FlatTables.Dump(Fixture.SeedText()), FlatTables.Dump(result.Text));
    }

    [Fact]
    public void Docx_paragraphs_come_in_document_order_with_runs_joined()
    {
        var text = DocumentReader.Read("report.docx", Docx).Text;

        Assert.StartsWith("临淄区人民政府办公室2024年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2024年1月1日起", text);
        Assert.True(text.IndexOf("一、总体情况") < text.IndexOf("\t第二十条第（一）项"));
        Assert.True(text.IndexOf("\t行政事业性收费") < text.IndexOf("三、收到和处理政府信息公开申请情况"));
        Assert.Equal(["14", "0", "0", "0", "0", "0", "14"], FlatTables.Values(FlatTables.Row(text, "（七）总计"), 7));
    }

    [Fact]
    public void Deleted_revisions_are_not_read_and_inserted_ones_are()
    {
        var cell = new Paragraph(
            new DeletedRun(new Run(new DeletedText("9"))),
            new InsertedRun(new Run(new Text("1"))),
            new Run(new Text("2")));
        var grid = new FixtureDocument.Grid([[new(["一、本年新收政府信息公开申请数量"], 1, 1), new(["placeholder"], 1, 1)]]);
        var bytes = DocxBuilder.Build([grid]);
        bytes = ReplaceLastCellParagraph(bytes, cell);

        var text = DocumentReader.Read("rev.docx", bytes).Text;

        Assert.Equal(["一、本年新收政府信息公开申请数量", "12"], FlatTables.Rows(text).Single());
    }

    private static byte[] ReplaceLastCellParagraph(byte[] docx, Paragraph replacement)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var last = document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Last();
            last.RemoveAllChildren<Paragraph>();
            last.Append(replacement);
        }
        return stream.ToArray();
    }
}
