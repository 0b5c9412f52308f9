using System.Text.RegularExpressions;
using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.PlainText;

/// <summary>
/// Turns Markdown written by PDF converters and OCR/LLM tools into the flattened report text: # headings and **bold**
/// lose their marks, pipe tables become TAB cell rows. What those tools do to the tables is undone where the text
/// itself says so: a page footer ("- 2 -", 第2页) between rows does not end the table; a row holding only a label
/// followed by a row holding only its numbers is one row; table 四 written as three small tables of five (one per
/// 行政复议 / 未经复议直接起诉 / 复议后起诉) is one row of fifteen. Column headers are kept as written (数据1…数据6):
/// the parser reads the applicant columns by position.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Two pipe-table lines and a --- separator line: Markdown, not a flattened Word export.</summary>
    public static bool IsMarkdown(string text) => Separator().IsMatch(text) && TableLine().Count(text) >= 2;

    public static string Flatten(string text)
    {
        var writer = new FlatTextWriter();
        var lines = text.Split('\n');
        var section = "";
        var reviewParts = new List<List<string[]>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!IsRow(line))
            {
                if (line.Length == 0 || PageFooter().IsMatch(line)) continue;
                var plain = Marks().Replace(line, "");
                if (plain.Length == 0) continue;
                if (SectionHeading().IsMatch(plain)) section = plain;
                writer.Paragraph(plain);
                continue;
            }
            var table = new List<string[]>();
            for (; i < lines.Length; i++)
            {
                var row = lines[i].Trim();
                if (IsRow(row))
                {
                    if (!Separator().IsMatch(row)) table.Add(Cells(row));
                    continue;
                }
                // A blank line or a page footer inside the table: it goes on if the next text line is a row again.
                if (row.Length > 0 && !PageFooter().IsMatch(row)) break;
                var next = Array.FindIndex(lines, i + 1, l => l.Trim().Length > 0 && !PageFooter().IsMatch(l.Trim()));
                if (next < 0 || !IsRow(lines[next].Trim()) || reviewParts.Count > 0 || IsReviewPart(table, section)) break;
            }
            i--;
            var rows = JoinDetachedLabels(table);
            if (IsReviewPart(rows, section))
            {
                reviewParts.Add(rows);
                if (reviewParts.Count < 3) continue;
                // Table 四 as three tables of five: one header row and one value row of fifteen.
                writer.Rows([reviewParts.SelectMany(p => p[0]).ToArray(), reviewParts.SelectMany(p => p[^1]).ToArray()]);
                reviewParts.Clear();
                continue;
            }
            writer.Rows(WithoutEmptyLabelTails(rows));
        }
        foreach (var part in reviewParts) writer.Rows(part);
        return writer.ToString();
    }

    /// <summary>One of the three small tables of table 四: five measure headers over one row of five numbers.</summary>
    private static bool IsReviewPart(List<string[]> rows, string section) =>
        (section.Contains("复议") || section.Contains("诉讼")) && rows.Count == 2 && rows[0].Length == 5 && rows[1].All(IsValue);

    /// <summary>
    /// Empty cells between a row's label and its numbers are dropped: a pipe table pads every row to the full column
    /// count ("| 一、本年新收… | | | 4 | 0 |"), but the parser takes the cells right after the label as the values
    /// (Word writes a merged cell blank before the label, never after it). The value area starts at the first column
    /// holding a number in any row.
    /// </summary>
    private static List<string[]> WithoutEmptyLabelTails(List<string[]> rows)
    {
        var valueStart = rows.Select(r => Array.FindIndex(r, IsNumber)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (valueStart <= 0) return rows;
        return rows.Select(r =>
        {
            if (r.Length <= valueStart || !r[valueStart..].Any(IsNumber)) return r;
            var labels = r[..valueStart];
            var last = Array.FindLastIndex(labels, c => c.Length > 0);
            return (string[])[.. labels[..(last + 1)], .. r[valueStart..]];
        }).ToList();
    }

    /// <summary>A row of label cells with no numbers, followed by a row whose label cells are empty: one table row.</summary>
    private static List<string[]> JoinDetachedLabels(List<string[]> table)
    {
        var rows = new List<string[]>();
        for (var r = 0; r < table.Count; r++)
        {
            var row = table[r];
            if (r + 1 < table.Count && row.Length == table[r + 1].Length && !row.Any(IsNumber) && row.Any(c => c.Length > 0))
            {
                var next = table[r + 1];
                var firstValue = Array.FindIndex(next, IsNumber);
                if (firstValue > 0 && next[..firstValue].All(c => c.Length == 0) && row[firstValue..].All(c => c.Length == 0))
                {
                    rows.Add([.. row[..firstValue], .. next[firstValue..]]);
                    r++;
                    continue;
                }
            }
            rows.Add(row);
        }
        return rows;
    }

    private static bool IsRow(string line) => line.Length > 1 && line[0] == '|' && line[^1] == '|';

    private static string[] Cells(string row) =>
        row[1..^1].Split('|').Select(c => CellText.Normalize(Marks().Replace(c.Replace("<br>", " "), ""))).ToArray();

    private static bool IsNumber(string cell) => cell.Length > 0 && NumberCell().IsMatch(cell);

    private static bool IsValue(string cell) => IsNumber(cell) || cell is "—" or "-" or "/" or "无" or "";

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableLine();

    [GeneratedRegex(@"^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?)$")]
    private static partial Regex PageFooter();

    /// <summary>Markdown marks: leading #'s, ** and __ emphasis, a leading "> ".</summary>
    [GeneratedRegex(@"^#{1,6}\s*|\*\*|__|^>\s*")]
    private static partial Regex Marks();

    [GeneratedRegex(@"^[一二三四五六七八九十]、")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[-−]?\d+(?:[.,]\d+)*%?$")]
    private static partial Regex NumberCell();
}
