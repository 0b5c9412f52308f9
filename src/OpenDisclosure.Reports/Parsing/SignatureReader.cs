using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>The signature block (落款): the agency line and the date line under it, when present.</summary>
public readonly record struct Signature(DateOnly? Date, int Line, string? Agency);

/// <summary>
/// Finds the publication date: a line that is nothing but a date, after the start of section 六 (or the last
/// section found). Dates inside sentences (统计期限 … 2024年12月31日) are not signatures, and chart residue after the
/// signature ("近4年受理依申请公开数量\t2021\t2022…") never is a whole-line date.
/// </summary>
public static class SignatureReader
{
    private const int MaxAgencyLineLength = 40;

    public static Signature Read(SourceLine[] lines, IReadOnlyList<ReportSection> sections)
    {
        var from = SearchStart(lines, sections);
        for (var i = lines.Length - 1; i >= from; i--)
        {
            if (lines[i].Kind != LineKind.Narrative) continue;
            if (!DateText.TryReadStandalone(lines[i].Text, out var date)) continue;
            return new Signature(date, lines[i].Number, AgencyAbove(lines, i));
        }
        return new Signature(null, 0, null);
    }

    /// <summary>Index of the first line the signature may be on.</summary>
    private static int SearchStart(SourceLine[] lines, IReadOnlyList<ReportSection> sections)
    {
        if (sections.Count == 0) return Math.Max(0, lines.Length - 40);
        return sections[^1].StartLine; // 1-based line number = 0-based index of the line after the heading
    }

    private static string? AgencyAbove(SourceLine[] lines, int dateIndex)
    {
        for (var i = dateIndex - 1; i >= 0; i--)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            var text = lines[i].Text;
            var looksLikeName = lines[i].Kind == LineKind.Narrative && text.Length <= MaxAgencyLineLength
                && TextCleaner.HasCjk(text) && !text.Contains('。') && !text.Contains('：') && !text.Contains('，');
            return looksLikeName ? text : null;
        }
        return null;
    }
}
