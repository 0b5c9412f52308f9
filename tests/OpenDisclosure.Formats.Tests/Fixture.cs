using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Tests;

/// <summary>Fixture files (committed under Fixtures/) and the real seed reports (data/reports, linked as Seed/).</summary>
public static class Fixture
{
    /// <summary>临淄区人民政府办公室 2024: the seed report every fixture format is built from.</summary>
    public const string LinziSeed = "003_34f0a73bec97119a.txt";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string SeedText(string name = LinziSeed) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Seed", name));
}

/// <summary>
/// Reads the table rows back out of flattened text, for comparing two flattenings. A line without a TAB inside a
/// row continues the cell above (the Word export writes multi-paragraph cells that way); it is joined like the
/// readers join split cells.
/// </summary>
public static class FlatTables
{
    public static List<List<string>> Rows(string text)
    {
        var lines = text.Split('\n');
        var rows = new List<List<string>>();
        List<string>? row = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                row ??= [];
                row.Add(CellText.Normalize(line[1..]));
            }
            else if (line.Length == 0)
            {
                // The Word export also writes a blank line between two paragraphs of one cell: "\t结果", "", "维持".
                var continues = row is not null && i + 2 < lines.Length && lines[i + 1].Length > 0
                    && !lines[i + 1].StartsWith('\t') && lines[i + 2].StartsWith('\t');
                if (continues || row is null) continue;
                rows.Add(row);
                row = null;
            }
            else if (row is not null)
            {
                row[^1] = CellText.Join([row[^1], line]);
            }
        }
        if (row is not null) rows.Add(row);
        return rows;
    }

    /// <summary>One line per row, cells separated by |: a readable diff when two flattenings disagree.</summary>
    public static string Dump(string text) => string.Join("\n", Rows(text).Select(r => string.Join("|", r)));

    public static List<string> Row(string text, string labelStart) =>
        Rows(text).Single(r => r.Any(c => c.StartsWith(labelStart, StringComparison.Ordinal)));

    /// <summary>The numeric cells at the end of a row (the seven applicant columns of table 三, for instance).</summary>
    public static string[] Values(List<string> row, int count) => row.Skip(row.Count - count).ToArray();
}
