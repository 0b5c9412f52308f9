namespace OpenDisclosure.Formats.Html;

/// <summary>
/// Measures an HTML page before the parser sees it, since the parse cannot be interrupted: the number of tags, and
/// how many formatting tags (&lt;b&gt;, &lt;i&gt;, &lt;font&gt;…) are left open. The parser rebuilds the open formatting
/// elements at every new element, so its time grows with their square. One linear pass over the text.
/// </summary>
public static class HtmlInputCheck
{
    /// <summary>The HTML standard's formatting elements, the ones the parser reconstructs.</summary>
    private static readonly HashSet<string> Formatting =
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    public static void Check(string html, ReadLimits limits)
    {
        var span = html.AsSpan();
        var lookup = Formatting.GetAlternateLookup<ReadOnlySpan<char>>();
        int tags = 0, open = 0;
        for (var at = span.IndexOf('<'); at >= 0; at = NextTag(span, at))
        {
            if (++tags > limits.MaxHtmlTags)
                throw new ReadLimitExceededException("tags", limits.MaxHtmlTags, nameof(ReadLimits.MaxHtmlTags));
            var closing = at + 1 < span.Length && span[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var end = start;
            while (end < span.Length && end - start < 8 && char.IsAsciiLetter(span[end])) end++;
            if (end == start || end - start >= 8 || !lookup.Contains(ToLower(span[start..end]))) continue;
            open = closing ? Math.Max(0, open - 1) : open + 1;
            if (open > limits.MaxUnclosedFormattingTags)
                throw new ReadLimitExceededException("unclosed formatting tags", limits.MaxUnclosedFormattingTags, nameof(ReadLimits.MaxUnclosedFormattingTags));
        }
    }

    private static int NextTag(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOf('<');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (char.IsAsciiLetterUpper(c)) return name.ToString().ToLowerInvariant();
        return name;
    }
}
