using System.Buffers;
using System.Text;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Normalises one source line: Word-extraction residue (<c>[bookmark: _Hlk…]</c>), full-width digits and number
/// signs, full-width and non-breaking spaces and tabs. CJK punctuation (（）：，) is kept: narrative checks read it.
/// </summary>
public static class TextCleaner
{
    private const string BookmarkOpen = "[bookmark:";

    /// <summary>Every character <see cref="Map"/> changes, plus '[' (bookmarks): a vectorised scan finds them.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\t\u3000\u00A0\u2002\u2003\u2009\uFEFF\u200B\r\0[\uFF0B\uFF0D\uFF0E\uFF0F" + Range('\uFF10', '\uFF19')
        + Range('\uFF21', '\uFF3A') + Range('\uFF41', '\uFF5A'));

    /// <summary>The cleaned, trimmed line.</summary>
    public static string Clean(string line) => Clean(line.AsSpan());

    public static string Clean(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t\r");
        if (line.IndexOfAny(Special) < 0) return Materialise(line);

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

    /// <summary>Most table cells are "0": share one instance instead of allocating hundreds per report.</summary>
    private static string Materialise(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => "",
        1 when text[0] == '0' => "0",
        _ => text.ToString(),
    };

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

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var c = first; c <= last; c++) chars[c - first] = c;
        return new string(chars);
    }

    /// <summary>True when the text holds a CJK ideograph: labels have one, numbers and "abc" do not.</summary>
    public static bool HasCjk(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0 || text.AsSpan().IndexOfAnyInRange('\u3400', '\u4DBF') >= 0;
}
