using System.Text;

namespace OpenDisclosure.Formats.Layout;

/// <summary>
/// Writes the flattened report text, the layout of the Word-to-text exports in data/reports: a paragraph per line;
/// for each table row, every cell on its own line prefixed by a TAB, then a blank line; one more blank line after
/// the table. A cell covered by a merge from the row above is written blank, once per merged cell, as Word does.
/// </summary>
public sealed class FlatTextWriter
{
    private readonly StringBuilder _text = new();
    private int _line = 1;

    /// <summary>The 1-based line the next write goes to (for diagnostics that point into the flattened text).</summary>
    public int NextLine => _line;

    public void Paragraph(string text)
    {
        var clean = CellText.Normalize(text);
        if (clean.Length > 0) WriteLine(clean);
    }

    public void Table(SourceTable table) => Rows(Flatten(table));

    /// <summary>Writes rows whose cells are already in grid order (the PDF reader builds them from column positions).</summary>
    public void Rows(IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row) WriteLine("\t" + cell);
            WriteLine("");
        }
        WriteLine("");
    }

    /// <summary>Expands spans onto a grid and returns the cells Word would write for each row.</summary>
    public static List<IReadOnlyList<string>> Flatten(SourceTable table)
    {
        // covered[(row, col)] = the width of the merged cell whose rowspan reaches into this row at that column.
        var covered = new Dictionary<(int Row, int Col), int>();
        var result = new List<IReadOnlyList<string>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var line = new List<string>();
            var col = 0;
            foreach (var cell in table.Rows[r])
            {
                col = EmitCovered(covered, r, col, line);
                line.Add(CellText.Normalize(cell.Text));
                var span = Math.Max(1, cell.ColSpan);
                var down = cell.RowSpan <= 0 ? table.Rows.Count - r : cell.RowSpan;
                for (var k = 1; k < down; k++) covered[(r + k, col)] = span;
                col += span;
            }
            foreach (var _ in covered.Keys.Where(k => k.Row == r && k.Col >= col)) line.Add("");
            result.Add(line);
        }
        return result;
    }

    private static int EmitCovered(Dictionary<(int Row, int Col), int> covered, int row, int col, List<string> line)
    {
        while (covered.TryGetValue((row, col), out var width))
        {
            line.Add("");
            col += width;
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
