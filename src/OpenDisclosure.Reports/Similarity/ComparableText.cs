using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Similarity;

/// <summary>
/// A report's narrative (preamble = section 0, sections 1–6) reduced to what wording comparison should see: letters
/// and CJK characters only, every run of digits one '0' (a report that only changed its numbers and year still
/// repeats its text), punctuation and spaces dropped. Each kept character remembers its section and where it was in
/// the original text, so repeated passages are quoted as printed.
/// </summary>
public sealed class ComparableText
{
    private ComparableText(string original, char[] chars, int[] origin, byte[] section)
    {
        Original = original;
        Chars = chars;
        Origin = origin;
        Section = section;
    }

    /// <summary>The sections' texts joined by newlines (section order).</summary>
    public string Original { get; }
    public char[] Chars { get; }
    /// <summary>Index in <see cref="Original"/> of each kept character.</summary>
    public int[] Origin { get; }
    /// <summary>Section (0–6) of each kept character.</summary>
    public byte[] Section { get; }

    public int Length => Chars.Length;

    public static ComparableText Of(AnnualReport report) =>
        Of([(0, report.Preamble), .. report.Sections.Select(s => (s.Number, s.Text))]);

    public static ComparableText Of(IReadOnlyList<(int Section, string Text)> sections)
    {
        var original = new System.Text.StringBuilder();
        var capacity = sections.Sum(s => s.Text?.Length ?? 0);
        var chars = new List<char>(capacity);
        var origin = new List<int>(capacity);
        var sectionOf = new List<byte>(capacity);
        foreach (var (section, text) in sections)
        {
            if (string.IsNullOrEmpty(text)) continue;
            if (original.Length > 0) original.Append('\n');
            var offset = original.Length;
            original.Append(text);
            var inDigits = false;
            for (var i = 0; i < text.Length; i++)
            {
                var ch = text[i];
                if (inDigits && ch is '.' or '．') continue; // a decimal point stays inside its number
                var digit = char.IsDigit(ch);
                if (digit && inDigits) continue;
                inDigits = digit;
                if (!digit && !char.IsLetter(ch)) continue;
                chars.Add(digit ? '0' : ch);
                origin.Add(offset + i);
                sectionOf.Add((byte)Math.Clamp(section, 0, 255));
            }
        }
        return new ComparableText(original.ToString(), [.. chars], [.. origin], [.. sectionOf]);
    }
}
