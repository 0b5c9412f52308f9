namespace OpenDisclosure.Reports.Parsing;

/// <summary>What a source line is, for the readers that follow.</summary>
public enum LineKind
{
    Blank,
    /// <summary>Ordinary text: title, headings, paragraphs, signature, chart residue.</summary>
    Narrative,
    /// <summary>A table cell: the extractor starts every cell line with a TAB.</summary>
    Cell,
    /// <summary>A cell label broken across lines ("5.要求行政机关确认或重新" / "出具已获取信息"): belongs to the cell before it.</summary>
    Continuation,
}

/// <summary>One cleaned line with its 1-based number in the original text.</summary>
public readonly record struct SourceLine(int Number, string Text, LineKind Kind);

/// <summary>Splits the text into cleaned, classified lines.</summary>
public static class SourceLines
{
    /// <summary>Longest line still taken as the rest of a broken cell label; longer lines are paragraphs.</summary>
    private const int MaxContinuationLength = 30;

    public static SourceLine[] Read(string text)
    {
        // Sized from a vectorised count of line breaks: growing a list of ~400 lines and copying it out was a tenth
        // of the parse.
        var span = text.AsSpan();
        var result = new SourceLine[span.Count('\n') + 1];
        var start = 0;
        for (var n = 0; n < result.Length; n++)
        {
            var length = LineLength(span[start..]);
            if (length < 0) length = span.Length - start;
            var raw = span.Slice(start, length);
            var isCell = raw.Length > 0 && raw[0] == '\t';
            var cleaned = TextCleaner.Clean(raw);
            var kind = isCell ? LineKind.Cell : cleaned.Length == 0 || IsPageNumber(cleaned) ? LineKind.Blank : LineKind.Narrative;
            result[n] = new SourceLine(n + 1, cleaned, kind);
            start += length + 1;
        }
        MarkContinuations(result);
        return result;
    }

    /// <summary>Chars up to the next line break, or -1 for the last line.</summary>
    private static int LineLength(ReadOnlySpan<char> rest)
    {
        // Most lines are cells of a few characters: looking at the first ones is cheaper than starting a vectorised
        // search for every line.
        var head = Math.Min(rest.Length, 16);
        for (var i = 0; i < head; i++)
            if (rest[i] == '\n') return i;
        var more = rest[head..].IndexOf('\n');
        return more < 0 ? -1 : head + more;
    }

    /// <summary>
    /// A short untabbed line sandwiched between cells (blank lines allowed around it) is the tail of a broken cell,
    /// unless it is a section heading: 三、 and 四、 headings sit right between two tables.
    /// </summary>
    private static void MarkContinuations(SourceLine[] lines)
    {
        var previousNonBlank = LineKind.Blank;
        var previousText = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            if (line.Kind == LineKind.Narrative
                && previousNonBlank is LineKind.Cell or LineKind.Continuation
                && TextCleaner.HasCjk(previousText) // values never break across lines; labels do
                && line.Text.Length <= MaxContinuationLength
                && NextNonBlankIsCell(lines, i + 1)
                && !SectionLocator.LooksLikeHeading(line.Text))
            {
                lines[i] = line with { Kind = LineKind.Continuation };
            }
            previousNonBlank = lines[i].Kind;
            previousText = lines[i].Text;
        }
    }

    /// <summary>
    /// Page furniture from PDF or print extraction ("- 5 -", "—12—", "第 3 页"): blank, so it neither splits a table
    /// nor glues onto a cell.
    /// </summary>
    public static bool IsPageNumber(string text)
    {
        if (text.Length > 12) return false;
        var span = text.AsSpan();
        if (span.StartsWith("第") && span.EndsWith("页")) span = span[1..^1];
        else
        {
            var trimmed = span.Trim("-—–－ ");
            if (trimmed.Length == span.Length) return false; // a bare number may be data (chart residue), keep it
            span = trimmed;
        }
        span = span.Trim(' ');
        if (span.Length == 0) return false;
        foreach (var c in span)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool NextNonBlankIsCell(SourceLine[] lines, int from)
    {
        for (var j = from; j < lines.Length; j++)
            if (lines[j].Kind != LineKind.Blank) return lines[j].Kind == LineKind.Cell;
        return false;
    }
}
