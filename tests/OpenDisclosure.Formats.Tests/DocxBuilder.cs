using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static OpenDisclosure.Formats.Tests.FixtureDocument;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// Writes blocks as a real .docx the way Word stores merged cells: a colspan is one w:tc with w:gridSpan, a rowspan
/// is a w:vMerge="restart" cell followed by an empty w:vMerge continuation cell in each row below. Text is cut into
/// short runs, as Word's editing history leaves it.
/// </summary>
public static class DocxBuilder
{
    public static byte[] Build(IEnumerable<Block> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks)
                body.Append(block switch
                {
                    Para p => Paragraph(p.Text),
                    Grid g => Table(g),
                    _ => throw new ArgumentException(block.ToString()),
                });
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text)
    {
        var paragraph = new Paragraph();
        for (var i = 0; i < text.Length; i += 3)
            paragraph.Append(new Run(new Text(text.Substring(i, Math.Min(3, text.Length - i))) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(Grid grid)
    {
        var width = grid.Rows[0].Sum(c => c.ColSpan);
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "600" })));
        var pending = new Dictionary<(int Row, int Col), int>(); // rows below a restart that need a continuation cell
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = new TableRow();
            var col = 0;
            foreach (var cell in grid.Rows[r])
            {
                col = Continuations(row, pending, r, col);
                var properties = new TableCellProperties();
                if (cell.ColSpan > 1) properties.Append(new GridSpan { Val = cell.ColSpan });
                if (cell.RowSpan > 1)
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    for (var k = 1; k < cell.RowSpan; k++) pending[(r + k, col)] = cell.ColSpan;
                }
                row.Append(new TableCell([properties, .. cell.Paragraphs.Select(Paragraph)]));
                col += cell.ColSpan;
            }
            Continuations(row, pending, r, col, width);
            table.Append(row);
        }
        return table;
    }

    private static int Continuations(TableRow row, Dictionary<(int, int), int> pending, int r, int col, int until = -1)
    {
        while (pending.TryGetValue((r, col), out var span) || col < until && pending.Keys.Any(k => k.Item1 == r && k.Item2 >= col))
        {
            if (span == 0) { col++; continue; }
            var properties = new TableCellProperties(new VerticalMerge());
            if (span > 1) properties.Append(new GridSpan { Val = span });
            row.Append(new TableCell(properties, new Paragraph()));
            col += span;
        }
        return col;
    }
}
