using System.Text;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Normalises one source line: Word-extraction residue (<c>[bookmark: _Hlk…]</c>), full-width digits and number
/// signs, full-width and non-breaking spaces and tabs. CJK punctuation (（）：，) is kept: narrative checks read it.
/// </summary>
public static class TextCleaner
{
    private const string BookmarkOpen = "[bookmark:";

    /// <summary>The cleaned, trimmed line. Returns the same instance when nothing needs changing (the common case).</summary>
    public static string Clean(string line)
    {
        if (!NeedsWork(line)) return line.Trim(' ');

        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[' && string.CompareOrdinal(line, i, BookmarkOpen, 0, BookmarkOpen.Length) == 0)
            {
                var close = line.IndexOf(']', i + BookmarkOpen.Length);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }
            var mapped = Map(c);
            if (mapped != '\0') sb.Append(mapped);
        }
        return sb.ToString().Trim(' ');
    }

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

    private static bool NeedsWork(string line)
    {
        foreach (var c in line)
        {
            if (c is '\t' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\uFEFF' or '\u200B' or '\r'
                or '\0' or '[' or '\uFF0B' or '\uFF0D' or '\uFF0E' or '\uFF0F'
                || c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
                return true;
        }
        return false;
    }

    /// <summary>True when the text holds a CJK ideograph: labels have one, numbers and "abc" do not.</summary>
    public static bool HasCjk(string text)
    {
        foreach (var c in text)
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
                return true;
        return false;
    }
}
