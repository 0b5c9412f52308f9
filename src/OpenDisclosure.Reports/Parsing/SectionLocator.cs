using System.Text;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Finds the six numbered sections (一、总体情况 … 六、其他需要报告的事项). A line is a section heading only when its
/// number and its title agree and the numbers rise: "1.主动公开情况。" inside section 一 is not section 二, and
/// "（一）主动公开" is a sub-heading. Numbers may be written 三、 or 3、 (some reports do).
/// </summary>
public static class SectionLocator
{
    private const int MaxTitleLength = 40;
    private const string ChineseDigits = "一二三四五六七八九十";

    public static List<ReportSection> Locate(SourceLine[] lines)
    {
        var starts = new int[7]; // line index of each section's heading, -1 when absent
        Array.Fill(starts, -1);
        var last = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind != LineKind.Narrative) continue;
            if (TryReadHeading(lines[i].Text, out var number, out var parenthesized) && !parenthesized && number > last)
            {
                starts[number] = i;
                last = number;
            }
        }
        FillFromSubHeadingStyle(lines, starts);

        var sections = new List<ReportSection>(6);
        for (var n = 1; n <= 6; n++)
        {
            if (starts[n] < 0) continue;
            var end = NextStart(starts, n, lines.Length);
            sections.Add(Build(lines, n, starts[n], end));
        }
        return sections;
    }

    /// <summary>Index of the first section heading, or the line count when there is none.</summary>
    public static int FirstHeadingIndex(SourceLine[] lines, IReadOnlyList<ReportSection> sections) =>
        sections.Count == 0 ? lines.Length : sections[0].StartLine - 1;

    /// <summary>Some reports number top-level sections （三）; accept that only for a section still missing, in order.</summary>
    private static void FillFromSubHeadingStyle(SourceLine[] lines, int[] starts)
    {
        for (var n = 1; n <= 6; n++)
        {
            if (starts[n] >= 0) continue;
            var from = 0;
            for (var p = n - 1; p >= 1; p--)
                if (starts[p] >= 0) { from = starts[p] + 1; break; }
            var to = NextStart(starts, n, lines.Length);
            for (var i = from; i < to; i++)
            {
                if (lines[i].Kind != LineKind.Narrative) continue;
                if (TryReadHeading(lines[i].Text, out var number, out var parenthesized) && parenthesized && number == n
                    && !lines[i].Text.Contains('：') && !lines[i].Text.EndsWith('。'))
                {
                    starts[n] = i;
                    break;
                }
            }
        }
    }

    private static int NextStart(int[] starts, int n, int count)
    {
        for (var m = n + 1; m <= 6; m++)
            if (starts[m] >= 0) return starts[m];
        return count;
    }

    private static ReportSection Build(SourceLine[] lines, int number, int start, int endExclusive)
    {
        var text = new StringBuilder(NarrativeLength(lines, start + 1, endExclusive));
        var lastNonBlank = start;
        for (var i = start + 1; i < endExclusive; i++)
        {
            if (lines[i].Kind != LineKind.Blank) lastNonBlank = i;
            if (lines[i].Kind != LineKind.Narrative) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(lines[i].Text);
        }
        return new ReportSection(number, lines[start].Text, lines[start].Number, lines[lastNonBlank].Number, text.ToString());
    }

    /// <summary>The length of the narrative lines joined by line breaks: the builder is sized once, not grown chunk by chunk.</summary>
    internal static int NarrativeLength(SourceLine[] lines, int from, int toExclusive)
    {
        var length = 0;
        for (var i = from; i < toExclusive && i < lines.Length; i++)
            if (lines[i].Kind == LineKind.Narrative) length += lines[i].Text.Length + 1;
        return length;
    }

    /// <summary>Any "X、" style numbered line: never the tail of a broken table cell.</summary>
    public static bool LooksLikeHeading(string text) =>
        TryReadMarker(text, out _, out _, out var parenthesized) && !parenthesized;

    /// <summary>A top-level heading: a number 1–6 whose title matches that section's title.</summary>
    public static bool TryReadHeading(string text, out int number, out bool parenthesized)
    {
        if (!TryReadMarker(text, out number, out var titleStart, out parenthesized) || number is < 1 or > 6)
            return false;
        // "6.本年度没有其他需要报告的事项。" is a numbered sentence inside section 六, not the heading itself.
        if (!parenthesized && text[1] is '.' or '．' && text.EndsWith('。')) return false;
        var titleLength = text.Length - titleStart;
        return titleLength is > 1 and <= MaxTitleLength && TitleMatches(number, text.AsSpan(titleStart));
    }

    private static bool TitleMatches(int number, ReadOnlySpan<char> title) => number switch
    {
        1 => title.Contains("总体", StringComparison.Ordinal) || title.Contains("概述", StringComparison.Ordinal),
        2 => title.Contains("主动公开", StringComparison.Ordinal),
        3 => title.Contains("申请", StringComparison.Ordinal)
             && (title.Contains("处理", StringComparison.Ordinal) || title.Contains("收到", StringComparison.Ordinal)),
        4 => title.Contains("复议", StringComparison.Ordinal) || title.Contains("诉讼", StringComparison.Ordinal),
        5 => title.Contains("问题", StringComparison.Ordinal),
        6 => title.Contains("其他", StringComparison.Ordinal)
             && (title.Contains("报告", StringComparison.Ordinal) || title.Contains("事项", StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>Reads "三、", "3、", "3.", "三．" or "（三）" at the start of a line.</summary>
    private static bool TryReadMarker(string text, out int number, out int titleStart, out bool parenthesized)
    {
        number = 0;
        titleStart = 0;
        parenthesized = false;
        if (text.Length < 2) return false;
        var i = 0;
        if (text[0] is '（' or '(')
        {
            parenthesized = true;
            i = 1;
        }
        var digit = ChineseDigits.IndexOf(text[i]);
        if (digit >= 0) number = digit + 1;
        else if (text[i] is >= '1' and <= '9') number = text[i] - '0';
        else return false;
        i++;
        if (i >= text.Length) return false;
        var separator = text[i];
        if (parenthesized ? separator is not ('）' or ')') : separator is not ('、' or '.' or '．' or ' ' or '，'))
            return false;
        i++;
        while (i < text.Length && text[i] == ' ') i++;
        titleStart = i;
        return true;
    }
}
