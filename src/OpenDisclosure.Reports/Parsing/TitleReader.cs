namespace OpenDisclosure.Reports.Parsing;

/// <summary>The agency and year as the title states them, and the title's first line.</summary>
public readonly record struct TitleInfo(string? Agency, int? Year, int Line, string Title);

/// <summary>
/// Reads the title, which may be one line ("枣庄高新区张范街道2023年政府信息公开工作年度报告"), two lines (agency, then
/// "2024年政府信息公开工作年度报告") or broken with a blank line ("…2024年政府信息公开工作" / "" / "年度报告"), and may
/// follow web-page metadata ("发布机构：…", "发文日期：…"). Agency = text before "&lt;year&gt;年"; year = the four
/// digits before 年.
/// </summary>
public static class TitleReader
{
    private const int MaxTitleLineLength = 60;
    private const int MaxLinesBeforeTitle = 12;

    public static TitleInfo Read(SourceLine[] lines, int firstHeadingIndex)
    {
        var candidates = Candidates(lines, firstHeadingIndex);
        if (candidates.Count == 0) return new TitleInfo(null, null, 0, "");

        // The title is the line naming the report (…年度报告), with the line above it when the agency or year sits there.
        var at = candidates.FindIndex(i => lines[i].Text.Contains("报告", StringComparison.Ordinal));
        var first = at < 0 ? 0 : at;
        var title = lines[candidates[first]].Text;
        if (at < 0 && candidates.Count > 1 && !HasYear(title)) title += lines[candidates[1]].Text; // no "报告": two lines at most
        else if (at > 0 && NeedsLineAbove(title) && IsTitlePart(lines[candidates[at - 1]].Text))
        {
            first = at - 1;
            title = lines[candidates[first]].Text + title;
        }

        var line = lines[candidates[first]].Number;
        if (!DateText.TryFindYear(title, out var year, out var yearStart))
            return new TitleInfo(AgencyFrom(title), null, line, title);
        return new TitleInfo(AgencyFrom(title[..yearStart]), year, line, title);
    }

    /// <summary>Indexes of the short narrative lines at the top, up to the first paragraph or heading.</summary>
    private static List<int> Candidates(SourceLine[] lines, int firstHeadingIndex)
    {
        var result = new List<int>(4);
        for (var i = 0; i < lines.Length && i < firstHeadingIndex && result.Count < MaxLinesBeforeTitle; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            if (lines[i].Kind != LineKind.Narrative || lines[i].Text.Length > MaxTitleLineLength) break;
            result.Add(i);
        }
        return result;
    }

    private static bool HasYear(string text) => DateText.TryFindYear(text, out _, out _);

    /// <summary>"年度报告" alone, or "2024年…报告" with no agency before the year.</summary>
    private static bool NeedsLineAbove(string title) =>
        !DateText.TryFindYear(title, out _, out var start) || AgencyFrom(title[..start]) is null;

    /// <summary>An agency line or the first half of a broken title; not metadata ("发文日期：…", "索引号 | …").</summary>
    private static bool IsTitlePart(string text) =>
        text.IndexOfAny(['：', ':', '|']) < 0 && !text.Contains("日期", StringComparison.Ordinal);

    /// <summary>The agency text, or null when nothing that looks like a name is left.</summary>
    private static string? AgencyFrom(string text)
    {
        var reportAt = text.IndexOf("政府信息公开", StringComparison.Ordinal);
        if (reportAt >= 0) text = text[..reportAt];
        var colon = text.LastIndexOfAny(['：', ':']);
        if (colon >= 0) text = text[(colon + 1)..]; // "标题：某某局…"
        var agency = text.Trim(' ', '，', ',', '《', '“');
        if (agency.EndsWith("关于", StringComparison.Ordinal)) agency = agency[..^2];
        return agency.Length >= 2 && TextCleaner.HasCjk(agency) ? agency : null;
    }
}
