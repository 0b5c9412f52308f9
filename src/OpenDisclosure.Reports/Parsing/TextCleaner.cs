using System.Globalization;
using System.Text;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Normalises one source line: Word-extraction residue (<c>[bookmark: _Hlk…]</c>), full-width digits and number
/// signs, full-width and non-breaking spaces and tabs. CJK punctuation (（）：，) is kept: narrative checks read it.
/// </summary>
public static class TextCleaner
{
    private const string BookmarkOpen = "[bookmark:";

    /// <summary>The cleaned, trimmed line.</summary>
    public static string Clean(string line) => Clean(line.AsSpan());

    public static string Clean(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t\r");
        // A short count ("0", "12") is most of a report's lines and has nothing to clean.
        if (line.Length is 1 or 2 && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[^1])) return Materialise(line);
        if (!HasSpecial(line)) return Materialise(line);

        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[' && line[i..].StartsWith(BookmarkOpen, StringComparison.Ordinal))
            {
                var close = line[i..].IndexOf(']');
                if (close > 0)
                {
                    i += close;
                    continue;
                }
            }
            var mapped = Map(c);
            if (mapped != '\0') sb.Append(mapped);
        }
        return Materialise(sb.ToString().AsSpan().Trim(' '));
    }

    /// <summary>
    /// Whether the line holds a character to map, drop or a bookmark. A scalar pass that skips ideographs at once is
    /// cheaper than the vectorised search, which needs a probabilistic map for this set (measured on the bench corpus).
    /// </summary>
    private static bool HasSpecial(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') continue; // an ideograph, most of a label, is never special
            if (c is '[' or '\0' || Map(c) != c) return true;
        }
        return false;
    }

    /// <summary>Most table cells are "0" or another small count: share one instance of each ("0" … "99") instead of
    /// allocating hundreds per report.</summary>
    private static string Materialise(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => "",
        1 when char.IsAsciiDigit(text[0]) => SmallNumbers[text[0] - '0'],
        2 when char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) => SmallNumbers[10 + (text[0] - '0') * 10 + text[1] - '0'],
        _ => text.ToString(),
    };

    /// <summary>"0" … "9", then "00" … "99" (the exact text: "07" stays "07").</summary>
    private static readonly string[] SmallNumbers =
        [.. Enumerable.Range(0, 10).Select(n => n.ToString(CultureInfo.InvariantCulture)),
         .. Enumerable.Range(0, 100).Select(n => n.ToString("00", CultureInfo.InvariantCulture))];

    /// <summary>Maps one character; '\0' drops it.</summary>
    private static char Map(char c) => c switch
    {
        '\t' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' => ' ',
        '\uFEFF' or '\u200B' or '\r' or '\0' => '\0',
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'), // ０-９
        >= '\uFF21' and <= '\uFF3A' => (char)(c - '\uFF21' + 'A'), // Ａ-Ｚ (e.g. "１Ｏ" stays unreadable, not 10)
        >= '\uFF41' and <= '\uFF5A' => (char)(c - '\uFF41' + 'a'),
        '\uFF0D' => '-', // －
        '\uFF0B' => '+', // ＋
        '\uFF0E' => '.', // ．
        '\uFF0F' => '/', // ／
        _ => c,
    };

    /// <summary>True when the text holds a CJK ideograph: labels have one, numbers and "abc" do not.</summary>
    public static bool HasCjk(string text)
    {
        // Cells are short: a scalar pass beats two vectorised range searches (every cell of every report asks).
        if (text.Length > 32)
            return text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0 || text.AsSpan().IndexOfAnyInRange('\u3400', '\u4DBF') >= 0;
        foreach (var c in text)
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') return true;
        return false;
    }
}
