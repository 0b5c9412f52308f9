using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Lays a PDF's letters (PdfPig: every glyph with its coordinates, pure managed code) out as text on a character
/// grid, one page per form feed, the shape <see cref="LayoutDocument"/> reads. The grid's unit is half the body
/// font's em, so a Chinese character is two columns wide and a digit one: a fragment's column is its x-coordinate
/// on the page, which is what places a number under its header, whatever else is on the line. Letters are grouped
/// into lines by baseline and into fragments by the gap to the previous letter.
/// </summary>
public static class PdfLetterLayout
{
    /// <summary>The layout text, or null with <paramref name="pageCount"/> 0 when the document has no pages.</summary>
    /// <param name="maxPages">Pages beyond this are not read (a report is a few pages; a 5,000-page upload is not one).</param>
    public static string Text(byte[] pdf, int maxPages, CancellationToken cancellation, out int pageCount, out int pagesRead)
    {
        using var document = PdfDocument.Open(pdf);
        pageCount = document.NumberOfPages;
        pagesRead = Math.Min(pageCount, maxPages);
        var pages = new List<List<Glyph>>();
        for (var p = 1; p <= pagesRead; p++)
        {
            cancellation.ThrowIfCancellationRequested();
            pages.Add(Glyphs(document.GetPage(p)));
        }
        var em = BodyEm(pages);
        // One left edge for the whole document, so a page that starts with an indented line keeps its indent.
        var left = pages.SelectMany(p => p).Select(g => g.Left).DefaultIfEmpty(0).Min();
        var text = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0) text.Append('\f');
            AppendPage(text, pages[p], left, em / 2, BodySize(pages));
        }
        return text.ToString();
    }

    /// <summary>One visible letter in reading coordinates: x grows to the right, y grows down the page.</summary>
    private readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size);

    private static List<Glyph> Glyphs(Page page)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value) || letter.Value.All(Layout.CellText.IsSpace)) continue;
            // The advance (start to end of the baseline), not the ink box: a '1' or '、' inks far less than its width.
            var (start, end) = (letter.StartBaseLine, letter.EndBaseLine);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            // Landscape pages printed as rotated text: turn the page so every line reads left to right.
            var glyph = letter.TextOrientation switch
            {
                TextOrientation.Rotate90 => new Glyph(letter.Value, start.Y, end.Y, start.X, size),
                TextOrientation.Rotate270 => new Glyph(letter.Value, page.Height - start.Y, page.Height - end.Y, page.Width - start.X, size),
                TextOrientation.Rotate180 => new Glyph(letter.Value, page.Width - start.X, page.Width - end.X, start.Y, size),
                _ => new Glyph(letter.Value, start.X, end.X, page.Height - start.Y, size),
            };
            glyphs.Add(glyph);
        }
        return glyphs;
    }

    /// <summary>The body text's em: the most common width of a Chinese character (titles and footnotes are rarer).</summary>
    private static double BodyEm(List<List<Glyph>> pages)
    {
        var widths = pages.SelectMany(p => p).Where(g => g.Value.Length == 1 && Layout.CellText.IsCjk(g.Value[0]) && g.Right > g.Left)
            .GroupBy(g => Math.Round(g.Right - g.Left, 1)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (widths is not null) return widths.Key;
        var sizes = pages.SelectMany(p => p).GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(g => g.Count()).FirstOrDefault();
        return sizes?.Key > 0 ? sizes.Key : 10;
    }

    /// <summary>The most common letter size: the body text's.</summary>
    private static double BodySize(List<List<Glyph>> pages) =>
        pages.SelectMany(p => p).GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static void AppendPage(StringBuilder text, List<Glyph> glyphs, double left, double unit, double bodySize)
    {
        var row = new StringBuilder();
        List<Glyph>? previousLine = null;
        foreach (var line in Lines(glyphs, unit))
        {
            // A title set larger than the body and wrapped onto further lines is one line of text: its letters are
            // wider than the grid counts them, so its wrap could not be told from a paragraph break later.
            if (previousLine is not null && IsLarge(previousLine, bodySize) && IsLarge(line, bodySize)
                && line[0].Baseline - previousLine[0].Baseline < line.Max(g => g.Size) * 2)
            {
                foreach (var glyph in line) row.Append(glyph.Value);
                previousLine = line;
                continue;
            }
            if (previousLine is not null) text.Append(row).Append('\n');
            previousLine = line;
            row.Clear();
            Glyph? previous = null;
            foreach (var glyph in line)
            {
                // A gap wider than a third of a character (or a letter drawn to the left of the last one) ends a
                // fragment; the next starts at its own column, at least one space after the text so far.
                var joins = previous is { } p && glyph.Left - p.Right < unit * 0.6 && glyph.Left > p.Left;
                if (!joins)
                {
                    var column = (int)Math.Round((glyph.Left - left) / unit);
                    var pad = row.Length == 0 ? column : Math.Max(column - row.Length, 1);
                    row.Append(' ', pad);
                }
                row.Append(glyph.Value);
                previous = glyph;
            }
        }
        if (previousLine is not null) text.Append(row).Append('\n');
    }

    private static bool IsLarge(List<Glyph> line, double bodySize) => line.All(g => g.Size >= bodySize * 1.2);

    /// <summary>Letters grouped by baseline (within a third of the body em), top to bottom, each line left to right.</summary>
    private static IEnumerable<List<Glyph>> Lines(List<Glyph> glyphs, double unit)
    {
        var sorted = glyphs.OrderBy(g => g.Baseline).ToList();
        var current = new List<Glyph>();
        var baseline = double.NaN;
        foreach (var glyph in sorted)
        {
            if (current.Count > 0 && glyph.Baseline - baseline > unit * 0.6)
            {
                yield return [.. current.OrderBy(g => g.Left)];
                current.Clear();
            }
            if (current.Count == 0) baseline = glyph.Baseline;
            current.Add(glyph);
        }
        if (current.Count > 0) yield return [.. current.OrderBy(g => g.Left)];
    }
}
