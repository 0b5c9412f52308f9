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
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '!', '?'];

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
        foreach (var rawLine in text.Split('\n'))
        {
            var paragraph = Normalize(rawLine);
            if (paragraph.Length == 0) continue;
            var start = 0;
            while (start < paragraph.Length)
            {
                var end = paragraph.IndexOfAny(SentenceEnds, start);
                var stop = end < 0 ? paragraph.Length : end + 1;
                var sentence = paragraph[start..stop].Trim();
                if (sentence.Length > 0) into.Add(new NarrativeSentence(sentence, paragraph, section));
                start = stop;
            }
        }
    }

    /// <summary>Full-width digits, percent signs and stray spaces would defeat the patterns; the quoted evidence
    /// keeps the normalized form, which reads the same.</summary>
    public static string Normalize(string line)
    {
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
