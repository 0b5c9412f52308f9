using System.Text;

namespace OpenDisclosure.Formats.Layout;

/// <summary>
/// Cleans cell and paragraph text. Whitespace (including &amp;nbsp; and ideographic spaces) collapses; next to a Chinese
/// character it disappears, because HTML source line breaks and Word's split runs put it in the middle of words.
/// Between two digits it stays, so "1 2" is never read as 12.
/// </summary>
public static class CellText
{
    public static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var ch in raw)
        {
            if (IsSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace && !IsCjk(sb[^1]) && !IsCjk(ch)) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Joins the pieces of one cell (several &lt;p&gt;, &lt;span&gt;, Word paragraphs) into one line.</summary>
    public static string Join(IEnumerable<string> pieces) => Normalize(string.Join(" ", pieces));

    public static bool IsSpace(char ch) => char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u3000' or '\u200B' or '\uFEFF';

    /// <summary>CJK ideographs and full-width punctuation: no word spaces around them in Chinese text.</summary>
    public static bool IsCjk(char ch) =>
        ch is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F'
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026';
}
