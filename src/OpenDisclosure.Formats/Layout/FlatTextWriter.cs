using System.Text;

namespace OpenDisclosure.Formats.Layout;

/// <summary>
/// Writes the flattened report text, the layout of the Word-to-text exports in data/reports: a paragraph per line;
/// for each table row, every cell on its own line prefixed by a TAB, then a blank line; one more blank line after
/// the table. A cell covered by a merge from the row above is written blank, once per merged cell, as Word does.
/// </summary>
public sealed class FlatTextWriter(ReadLimits? limits = null, CancellationToken cancellation = default)
{
    /// <summary>HTML's own bound on colspan; a wider span only pushes later cells further right.</summary>
    public const int MaxColSpan = 1000;

    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;
    private readonly StringBuilder _text = new();
    private int _line = 1;
    private int _paragraphs;
    private int _cells;

    /// <summary>The 1-based line the next write goes to (for diagnostics that point into the flattened text).</summary>
    public int NextLine => _line;

    public void Paragraph(string text)
    {
        var clean = CellText.Normalize(text);
        if (clean.Length == 0) return;
        if (++_paragraphs > _limits.MaxParagraphs)
            throw new ReadLimitExceededException("paragraphs", _limits.MaxParagraphs, nameof(ReadLimits.MaxParagraphs));
        WriteLine(clean);
    }

    public void Table(SourceTable table) => Rows(Flatten(table, _limits.MaxTableCells, cancellation, alreadyWritten: _cells));

    /// <summary>Writes rows whose cells are already in grid order (the PDF reader builds them from column positions).</summary>
    public void Rows(IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            _cells += row.Count;
            if (_cells > _limits.MaxTableCells)
                throw new ReadLimitExceededException("table cells", _limits.MaxTableCells, nameof(ReadLimits.MaxTableCells));
            foreach (var cell in row) WriteLine("\t" + cell);
            WriteLine("");
        }
        WriteLine("");
    }

    /// <summary>
    /// Expands spans onto a grid and returns the cells Word would write for each row. Spans are bounded by the
    /// table's real size (a rowspan past the last row, or 0 — HTML's "to the end" — ends at the last row; a
    /// colspan at <see cref="MaxColSpan"/>), and the work is linear in the cells written: only the merged cells
    /// still open are kept, never a cell per grid position (rowspan=65534 × 500 cells used to take 2.2 GB).
    /// Past <paramref name="maxCells"/> written cells, blanks included and counting the <paramref name="alreadyWritten"/>
    /// cells of the document's earlier tables, the table is refused.
    /// </summary>
    public static List<IReadOnlyList<string>> Flatten(SourceTable table, int maxCells = int.MaxValue, CancellationToken cancellation = default,
        int alreadyWritten = 0)
    {
        // Merged cells from rows above, by their first grid column: the last row they cover and their width.
        var open = new SortedList<int, (int LastRow, int Width)>();
        var result = new List<IReadOnlyList<string>>();
        var written = alreadyWritten;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            cancellation.ThrowIfCancellationRequested();
            var line = new List<string>();
            var col = 0;
            var opened = new List<(int Col, int LastRow, int Width)>();
            foreach (var cell in table.Rows[r])
            {
                col = EmitCovered(open, r, col, line);
                line.Add(CellText.Normalize(cell.Text));
                var span = Math.Clamp(cell.ColSpan, 1, MaxColSpan);
                var lastRow = cell.RowSpan <= 0 ? table.Rows.Count - 1 : r + Math.Min(cell.RowSpan - 1, table.Rows.Count - 1 - r);
                if (lastRow > r) opened.Add((col, lastRow, span));
                col += span;
            }
            // Merged cells from above to the right of the last cell of this row: one blank each.
            foreach (var (start, (lastRow, _)) in open)
                if (start >= col && lastRow >= r) line.Add("");
            written += line.Count;
            if (written > maxCells)
                throw new ReadLimitExceededException("table cells", maxCells, nameof(ReadLimits.MaxTableCells));
            // Spans that ended on this row close; the ones this row started open for the rows below.
            for (var i = open.Count - 1; i >= 0; i--)
                if (open.Values[i].LastRow <= r) open.RemoveAt(i);
            foreach (var (start, lastRow, width) in opened) open[start] = (lastRow, width);
            result.Add(line);
        }
        return result;
    }

    private static int EmitCovered(SortedList<int, (int LastRow, int Width)> open, int row, int col, List<string> line)
    {
        while (open.TryGetValue(col, out var merged) && merged.LastRow >= row)
        {
            line.Add("");
            col += merged.Width;
        }
        return col;
    }

    private void WriteLine(string line)
    {
        _text.Append(line).Append('\n');
        _line++;
    }

    public override string ToString() => _text.ToString();
}
