using static OpenDisclosure.Formats.Tests.FixtureDocument;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// Turns a generated report's flattened text back into a document (paragraphs; tables of cells), so it can be
/// published as HTML or .docx. A blank label cell under another label becomes, at random, a real merge (rowspan /
/// vMerge) or an explicit empty cell: both flatten to the same text, so every layout must parse the same.
/// </summary>
public static partial class SyntheticDocument
{
    /// <summary>A section heading right under a table's last row (no blank line between) ends the table.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[一二三四五六七八九十]、")]
    private static partial System.Text.RegularExpressions.Regex SectionHeading();

    public static List<Block> FromFlatText(string text, Random rng)
    {
        var blocks = new List<Block>();
        List<List<List<string>>>? table = null; // rows of cells of paragraphs
        List<List<string>>? row = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                table ??= [];
                if (row is null) table.Add(row = []);
                row.Add([line[1..]]);
            }
            else if (line.Length == 0)
            {
                if (row is not null) row = null;
                else if (table is not null && !(i + 1 < lines.Length && lines[i + 1].StartsWith('\t'))) EndTable();
            }
            else if (row is not null && !SectionHeading().IsMatch(line.Trim()))
            {
                row[^1].Add(line); // a second paragraph of the cell
            }
            else
            {
                EndTable();
                blocks.Add(new Para(line));
            }
        }
        EndTable();
        return blocks;

        void EndTable()
        {
            if (table is not null) blocks.Add(Merge(table, rng));
            table = null;
            row = null;
        }
    }

    private sealed class Origin(List<string> paragraphs)
    {
        public List<string> Paragraphs { get; } = paragraphs;
        public int RowSpan { get; set; } = 1;
    }

    private static Grid Merge(List<List<List<string>>> rows, Random rng)
    {
        var open = new Dictionary<int, Origin>(); // column -> the cell whose span reaches the row above
        var built = new List<List<Origin>>();
        foreach (var row in rows)
        {
            var cells = new List<Origin>();
            var leading = true;
            for (var c = 0; c < row.Count; c++)
            {
                var blank = row[c].All(p => p.Trim().Length == 0);
                leading &= blank;
                if (leading && open.TryGetValue(c, out var above) && rng.NextDouble() < 0.7)
                {
                    above.RowSpan++;
                    continue;
                }
                var cell = new Origin(row[c]);
                cells.Add(cell);
                open[c] = cell;
            }
            foreach (var c in open.Keys.Where(c => c >= row.Count).ToList()) open.Remove(c);
            built.Add(cells);
        }
        return new Grid(built.Select(r => (IReadOnlyList<Cell>)r.Select(o => new Cell(o.Paragraphs, o.RowSpan, 1)).ToList()).ToList());
    }
}
