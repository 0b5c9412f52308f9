using System.Text.RegularExpressions;
using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Turns layout text (<see cref="PdfLetterLayout"/>: fragments at their x-columns) into the flattened report text. Page numbers (-4-, — 5 —, 第4页) and page breaks
/// are dropped so a table continues across pages. Section headings split the text: sections 二, 三 and 四 hold the
/// tables (read by <see cref="LayoutTable"/>), everything else is prose whose wrapped lines are joined back.
/// </summary>
public static partial class LayoutDocument
{
    public static (string Text, List<Finding> Diagnostics) Convert(string layout, string fileName)
    {
        var lines = Lines(layout).ToList();
        var sections = new int[lines.Count]; // 0 before the first heading; -n on the heading line of section n
        var current = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Heading(lines[i], current) is { } number) (sections[i], current) = (-number, number);
            else sections[i] = current;
        }
        var proseLines = lines.Where((l, i) => !IsTableSection(sections[i]) && !l.IsBlank).ToList();
        var margin = proseLines.Count > 0 ? proseLines.Min(l => l.Labels.Concat(l.Values).First().Start) : 0;
        var rightEdge = proseLines.Count > 0 ? proseLines.Max(l => l.Labels.Concat(l.Values).Last().Reach) : 0;

        var diagnostics = new List<Finding>();
        var writer = new FlatTextWriter();
        var prose = new ProseJoiner(writer, margin, rightEdge);
        var table = new List<LayoutLine>();
        for (var i = 0; i <= lines.Count; i++)
        {
            var section = i < lines.Count ? sections[i] : 0;
            if (IsTableSection(section))
            {
                table.Add(lines[i]);
                continue;
            }
            if (table.Count > 0)
            {
                var expected = sections[i - 1] switch { 3 => 7, 4 => 15, _ => (int?)null };
                writer.Rows(LayoutTable.Rows(table, expected, fileName, diagnostics));
                table.Clear();
            }
            if (i == lines.Count) break;
            if (section < 0) prose.Flush();
            prose.Add(lines[i]);
            if (section < 0) prose.Flush();
        }
        prose.Flush();
        return (writer.ToString(), diagnostics);
    }

    private static bool IsTableSection(int section) => section is >= 2 and <= 4;

    /// <summary>The layout lines of every page, page numbers removed, blank lines kept as blank.</summary>
    private static IEnumerable<LayoutLine> Lines(string layout)
    {
        var pages = layout.Replace("\r\n", "\n").Split('\f');
        for (var p = 0; p < pages.Length; p++)
        {
            var raw = pages[p].Split('\n');
            var lastText = Array.FindLastIndex(raw, l => l.Trim().Length > 0);
            for (var i = 0; i < raw.Length; i++)
            {
                var trimmed = raw[i].Trim();
                if (DashedPageNumber().IsMatch(trimmed) || i == lastText && BarePageNumber().IsMatch(trimmed)) continue;
                yield return LayoutLine.Parse(p + 1, i + 1, raw[i]);
            }
        }
    }

    /// <summary>
    /// The section number of a heading line such as "三、收到和处理政府信息公开申请情况", else null. Numbers only go up
    /// and the title must fit the section, so a table label like 三、本年度办理结果 or 四、结转下年度 is not a heading.
    /// </summary>
    private static int? Heading(LayoutLine line, int current)
    {
        // "3、 行政机关…": a space after the number splits the heading into two fragments one space apart.
        var joined = line.Labels.Count == 2 && line.Labels[1].Start - line.Labels[0].Reach <= 2;
        if (line.IsData || line.Labels.Count != 1 && !joined) return null;
        var m = SectionHeading().Match(joined ? line.Labels[0].Text + line.Labels[1].Text : line.Labels[0].Text);
        if (!m.Success) return null;
        var number = char.IsAsciiDigit(m.Groups[1].Value[0]) ? m.Groups[1].Value[0] - '0' : "一二三四五六七八九十".IndexOf(m.Groups[1].Value[0]) + 1;
        var fits = number switch
        {
            1 => m.Value.Contains("总体情况"),
            2 => m.Value.Contains("主动公开"),
            3 => m.Value.Contains("申请"),
            4 => m.Value.Contains("复议") || m.Value.Contains("诉讼"),
            5 => m.Value.Contains("问题") || m.Value.Contains("改进"),
            6 => m.Value.Contains("其他"),
            _ => false,
        };
        return fits && number > current ? number : null;
    }

    // Some reports number their sections 3、 instead of 三、 (template drift); the title must still fit the section.
    [GeneratedRegex(@"^([一二三四五六七八九十]|[1-6](?=[、．]))[、.．]\s*\S{4,}$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?)$")]
    private static partial Regex DashedPageNumber();

    [GeneratedRegex(@"^\d{1,3}(?:\s*/\s*\d{1,3})?$")]
    private static partial Regex BarePageNumber();
}
