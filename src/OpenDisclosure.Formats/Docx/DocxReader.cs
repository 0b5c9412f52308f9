using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Docx;

/// <summary>
/// Reads a Word .docx: body paragraphs and tables in document order. Merged cells (gridSpan across, vMerge down)
/// become spans on the shared <see cref="SourceTable"/>, so the grid is expanded by the same code as HTML.
/// </summary>
public static class DocxReader
{
    public static DocumentReadResult Read(string fileName, byte[] content, ReadLimits limits, CancellationToken ct)
    {
        // Before the Open XML SDK expands anything: a 611 KB bomb used to take 29 s and 3.1 GB.
        DocxPackageCheck.Check(content, limits, ct);
        using var document = WordprocessingDocument.Open(new MemoryStream(content), false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
            return new(fileName, DocumentKind.Docx, "", [FormatFindings.Error("docx_no_body", "Word文件没有正文", $"{fileName}: the .docx has no document body", fileName)]);

        var writer = new FlatTextWriter(limits, ct);
        var diagnostics = new List<Finding>();
        Walk(body, writer, diagnostics, fileName, ct);
        return new DocumentReadResult(fileName, DocumentKind.Docx, writer.ToString(), diagnostics);
    }

    private static void Walk(OpenXmlElement container, FlatTextWriter writer, List<Finding> diagnostics, string fileName, CancellationToken ct)
    {
        foreach (var element in container.ChildElements)
        {
            ct.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    writer.Paragraph(ParagraphText(paragraph));
                    break;
                case Table table:
                    writer.Table(ToSource(table, diagnostics, fileName, writer.NextLine, ct));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Walk(element, writer, diagnostics, fileName, ct);
                    break;
            }
        }
    }

    /// <summary>Run text of a paragraph; tabs and line breaks become spaces (deleted revisions are not w:t, so they drop out).</summary>
    private static string ParagraphText(OpenXmlElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
            TabChar or Break or CarriageReturn => " ",
            _ => "",
        }));

    private static SourceTable ToSource(Table table, List<Finding> diagnostics, string fileName, int line, CancellationToken ct)
    {
        var rows = new List<List<MutableCell>>();
        var openMerges = new Dictionary<int, MutableCell>(); // grid column -> the cell a vMerge restarted there
        foreach (var (row, r) in table.Elements<TableRow>().Select((row, r) => (row, r)))
        {
            ct.ThrowIfCancellationRequested();
            var cells = new List<MutableCell>();
            var col = Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, FlatTextWriter.MaxColSpan);
            foreach (var tc in row.Elements<TableCell>())
            {
                var properties = tc.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, FlatTextWriter.MaxColSpan);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && openMerges.TryGetValue(col, out var origin))
                {
                    origin.RowSpan++;
                }
                else
                {
                    if (continues)
                        diagnostics.Add(FormatFindings.Warning("docx_orphan_merge", "表格合并单元格没有起始单元格",
                            $"{fileName}: table row {r + 1}, grid column {col + 1} continues a vertical merge that never started", fileName, line));
                    var cell = new MutableCell(CellText.Join(tc.Descendants<Paragraph>().Select(ParagraphText)), span);
                    cells.Add(cell);
                    if (merge is not null && !continues) openMerges[col] = cell;
                    else openMerges.Remove(col);
                }
                col += span;
            }
            rows.Add(cells);
        }

        var source = new SourceTable();
        foreach (var cells in rows) source.AddRow([.. cells.Select(c => new SourceCell(c.Text, c.RowSpan, c.ColSpan))]);
        return source;
    }

    private sealed class MutableCell(string text, int colSpan)
    {
        public string Text { get; } = text;
        public int ColSpan { get; } = colSpan;
        public int RowSpan { get; set; } = 1;
    }
}
