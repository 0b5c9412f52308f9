using System.Buffers;
using System.Text;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>One sentence of narrative text, with where it came from (section 0 = preamble).</summary>
/// <param name="Paragraph">The whole paragraph (line) the sentence belongs to: some context words such as 申请 sit
/// in a neighbouring sentence ("共受理…申请5件。无法提供1件，予以公开3件").</param>
public sealed record NarrativeSentence(string Text, string Paragraph, int Section);

/// <summary>Splits a report's narrative (preamble and section texts) into sentences.</summary>
public static class NarrativeText
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！？!?");

    public static IReadOnlyList<NarrativeSentence> Sentences(AnnualReport report)
    {
        var result = new List<NarrativeSentence>();
        Add(result, report.Preamble, 0);
        foreach (var section in report.Sections) Add(result, section.Text, section.Number);
        return result;
    }

    /// <summary>Sentences of a free text (paragraphs separated by line breaks).</summary>
    public static IReadOnlyList<NarrativeSentence> Sentences(string text, int section)
    {
        var result = new List<NarrativeSentence>();
        Add(result, text, section);
        return result;
    }

    private static void Add(List<NarrativeSentence> into, string? text, int section)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        // Lines are walked as spans, not Split: a report's narrative is a few dozen lines, each checked per report.
        var rest = text.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            var rawLine = newline < 0 ? rest : rest[..newline];
            AddParagraph(into, Normalize(rawLine), section);
            if (newline < 0) break;
            rest = rest[(newline + 1)..];
        }
    }

    private static void AddParagraph(List<NarrativeSentence> into, string paragraph, int section)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = paragraph.AsSpan(start).IndexOfAny(SentenceEnds);
            var stop = end < 0 ? paragraph.Length : start + end + 1;
            var sentence = paragraph.AsSpan(start, stop - start).Trim();
            // A one-sentence paragraph is its own sentence: share the string instead of copying it.
            if (sentence.Length == paragraph.Length) into.Add(new NarrativeSentence(paragraph, paragraph, section));
            else if (sentence.Length > 0) into.Add(new NarrativeSentence(sentence.ToString(), paragraph, section));
            start = stop;
        }
    }

    /// <summary>Characters <see cref="Normalize(ReadOnlySpan{char})"/> maps or drops: most lines have none and are copied as they are.</summary>
    private static readonly SearchValues<char> Mapped = SearchValues.Create("０１２３４５６７８９％． \t\r\u3000\u00a0");

    /// <summary>Full-width digits, percent signs and stray spaces would defeat the patterns; the quoted evidence
    /// keeps the normalized form, which reads the same.</summary>
    public static string Normalize(string line) => Normalize(line.AsSpan());

    public static string Normalize(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(Mapped) < 0) return line.ToString();
        var sb = new StringBuilder(line.Length);
        foreach (var ch in line)
        {
            if (ch is >= '０' and <= '９') sb.Append((char)('0' + (ch - '０')));
            else if (ch == '％') sb.Append('%');
            else if (ch == '．') sb.Append('.');
            else if (ch is ' ' or '\t' or '\r' or '\u3000' or '\u00a0') continue;
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
