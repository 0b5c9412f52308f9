namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// Prints a seed report as a PDF the way office exports lay it out: wrapped paragraphs with a first-line indent,
/// bordered tables whose header cells wrap over two or three lines in narrow columns, merged labels printed down
/// their rows (三、本年度办理结果 one character per line), text centred vertically in tall rows, tables broken across
/// pages (optionally repeating the header) and a page number at the foot of every page.
/// </summary>
public sealed class CorpusPdf
{
    public sealed record Options(double Width, double Height, double BodySize, double TableSize, string PageNumber, bool RepeatHeader);

    public static readonly Options A4 = new(595, 842, 12, 9, "- {0} -", RepeatHeader: true);
    public static readonly Options A5 = new(420, 595, 10.5, 7.5, "— {0} —", RepeatHeader: false);

    private const double Margin = 50;
    private readonly MiniPdf _pdf;
    private readonly Options _options;
    private double _y;

    private CorpusPdf(Options options)
    {
        _options = options;
        _pdf = new MiniPdf(options.Width, options.Height);
    }

    private double Right => _options.Width - Margin;
    private double Bottom => _options.Height - Margin - 20;

    public static byte[] Render(SeedDocument seed, Options options)
    {
        var writer = new CorpusPdf(options);
        writer.NewPage();
        foreach (var title in seed.TitleLines) writer.Centred(title, options.BodySize * 1.5);
        foreach (var block in seed.Body)
        {
            if (block is SeedDocument.Paragraph p) writer.Paragraph(p.Text);
            else if (block is SeedDocument.TableSlot slot && seed.IsFirstSlot(slot)) writer.Table(slot.Section, seed);
        }
        writer.Footer();
        return writer._pdf.ToBytes();
    }

    private void NewPage()
    {
        if (_pdf.PageCount > 0) Footer();
        _pdf.NewPage();
        _y = Margin;
    }

    private void Footer()
    {
        var number = string.Format(_options.PageNumber, _pdf.PageCount);
        _pdf.Text((_options.Width - MiniPdf.Measure(number, _options.BodySize)) / 2, _options.Height - Margin / 2, _options.BodySize, number);
    }

    private void Centred(string text, double size)
    {
        foreach (var line in Wrap(text, Right - Margin, size))
        {
            Advance(size * 1.8);
            _pdf.Text((_options.Width - MiniPdf.Measure(line, size)) / 2, _y, size, line);
        }
    }

    private void Paragraph(string text)
    {
        var size = _options.BodySize;
        var lines = Wrap(text, Right - Margin, size, firstIndent: 2 * size);
        for (var i = 0; i < lines.Count; i++)
        {
            Advance(size * 1.7);
            _pdf.Text(Margin + (i == 0 ? 2 * size : 0), _y, size, lines[i]);
        }
    }

    private void Advance(double height)
    {
        if (_y + height > Bottom) NewPage();
        _y += height;
    }

    private void Table(int section, SeedDocument seed)
    {
        var size = _options.TableSize;
        var columns = TemplateGrid.Columns(section);
        var edges = ColumnEdges(section, columns);
        var grid = TemplateGrid.For(section, seed);
        var lineHeight = size * 1.4;
        var heights = grid.Select(row => row.Where(c => c.RowSpan == 1)
            .Select(c => Wrap(c.Text, Width(edges, c) - 4, size).Count * lineHeight + 6).DefaultIfEmpty(lineHeight + 6).Max()).ToArray();
        // A merged label taller than its rows stretches its last row (a vertical label needs one line per character).
        foreach (var (row, cell) in grid.SelectMany((row, r) => row.Select(c => (r, c))).Where(x => x.c.RowSpan > 1))
        {
            var need = Wrap(cell.Text, Width(edges, cell) - 4, size).Count * lineHeight + 6;
            var have = heights.Skip(row).Take(cell.RowSpan).Sum();
            if (need > have) heights[row + cell.RowSpan - 1] += need - have;
        }
        _y += size;
        var top = new double[grid.Count]; // the y of each row's top edge, and its page
        var page = new int[grid.Count];
        for (var r = 0; r < grid.Count; r++)
        {
            if (_y + heights[r] > Bottom)
            {
                NewPage();
                if (_options.RepeatHeader && r >= TemplateGrid.HeaderRows(section) && TemplateGrid.HeaderRows(section) > 0)
                    for (var h = 0; h < TemplateGrid.HeaderRows(section); h++)
                    {
                        DrawRow(grid[h], h, grid, heights, edges, size, lineHeight, onlyThisPage: true);
                        _y += heights[h];
                    }
            }
            (top[r], page[r]) = (_y, _pdf.PageCount);
            DrawRow(grid[r], r, grid, heights, edges, size, lineHeight, onlyThisPage: false);
            _y += heights[r];
        }
    }

    private void DrawRow(List<GridCell> row, int r, List<List<GridCell>> grid, double[] heights, double[] edges, double size, double lineHeight, bool onlyThisPage)
    {
        var rowTop = _y;
        foreach (var cell in row)
        {
            var lines = Wrap(cell.Text, Width(edges, cell) - 4, size);
            // A merged cell's text is centred over the rows it spans that fit on this page; the rest continue on the next.
            var spanHeight = 0.0;
            var fits = 0;
            for (var k = 0; k < cell.RowSpan && r + k < heights.Length && rowTop + spanHeight + heights[r + k] <= Bottom; k++, fits++)
                spanHeight += heights[r + k];
            if (fits == 0) spanHeight = heights[r];
            var shown = cell.RowSpan > 1 && fits < cell.RowSpan && !onlyThisPage
                ? lines.Take(Math.Max(1, (int)(lines.Count * (double)fits / cell.RowSpan))).ToList() : lines;
            var textTop = rowTop + (spanHeight - shown.Count * lineHeight) / 2;
            for (var i = 0; i < shown.Count; i++)
            {
                var width = MiniPdf.Measure(shown[i], size);
                var x = cell.IsValue || cell.Text.Length <= 8 || cell.RowSpan > 1
                    ? (edges[cell.Column] + edges[cell.Column + cell.ColSpan] - width) / 2
                    : edges[cell.Column] + 2;
                _pdf.Text(x, textTop + (i + 1) * lineHeight - size * 0.3, size, shown[i]);
            }
            if (shown.Count < lines.Count) _spills.Add((cell, lines.Skip(shown.Count).ToList(), r + fits));
        }
        SpillIfDue(r, edges, size, lineHeight);
        _pdf.Line(edges[0], rowTop, edges[^1], rowTop);
    }

    private readonly List<(GridCell Cell, List<string> Lines, int FromRow)> _spills = [];

    /// <summary>The rest of a merged label broken by a page, printed at the top of its first row on the new page.</summary>
    private void SpillIfDue(int row, double[] edges, double size, double lineHeight)
    {
        foreach (var spill in _spills.Where(s => s.FromRow == row))
            for (var i = 0; i < spill.Lines.Count; i++)
            {
                var width = MiniPdf.Measure(spill.Lines[i], size);
                _pdf.Text((edges[spill.Cell.Column] + edges[spill.Cell.Column + spill.Cell.ColSpan] - width) / 2, _y + (i + 1) * lineHeight, size, spill.Lines[i]);
            }
        _spills.RemoveAll(s => s.FromRow == row);
    }

    private static double Width(double[] edges, GridCell cell) => edges[cell.Column + cell.ColSpan] - edges[cell.Column];

    private double[] ColumnEdges(int section, int columns)
    {
        var width = Right - Margin;
        var size = _options.TableSize;
        double[] widths = section switch
        {
            2 => [width * 0.34, width * 0.22, width * 0.22, width * 0.22],
            3 => [size * 1.8, size * 5, width * 0.36 - size * 6.8, .. Enumerable.Repeat(width * 0.64 / 7, 7)],
            _ => [.. Enumerable.Repeat(width / columns, columns)],
        };
        var edges = new double[widths.Length + 1];
        edges[0] = Margin;
        for (var i = 0; i < widths.Length; i++) edges[i + 1] = edges[i] + widths[i];
        return edges;
    }

    /// <summary>Greedy wrap by character advance; "\n" in a template cell is a forced break.</summary>
    public static List<string> Wrap(string text, double width, double size, double firstIndent = 0)
    {
        var lines = new List<string>();
        foreach (var piece in text.Split('\n'))
        {
            var line = "";
            var used = lines.Count == 0 ? firstIndent : 0;
            foreach (var ch in piece)
            {
                var advance = MiniPdf.Advance(ch) * size;
                if (used + advance > width && line.Length > 0)
                {
                    lines.Add(line);
                    (line, used) = ("", 0);
                }
                line += ch;
                used += advance;
            }
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
