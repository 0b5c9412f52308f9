namespace OpenDisclosure.Reports.Parsing;

/// <summary>The agency and year as the title states them, and the title's first line.</summary>
public readonly record struct TitleInfo(string? Agency, int? Year, int Line, string Title);

/// <summary>
/// Reads the title, which may be one line ("枣庄高新区张范街道2023年政府信息公开工作年度报告"), two lines (agency, then
/// "2024年政府信息公开工作年度报告") or broken with a blank line ("…2024年政府信息公开工作" / "" / "年度报告").
/// Agency = text before "&lt;year&gt;年"; year = the four digits before 年.
/// </summary>
public static class TitleReader
{
    private const int MaxTitleLines = 3;
    private const int MaxTitleLineLength = 60;

    public static TitleInfo Read(SourceLine[] lines, int firstHeadingIndex)
    {
        var title = "";
        var firstLine = 0;
        var taken = 0;
        for (var i = 0; i < lines.Length && i < firstHeadingIndex && taken < MaxTitleLines; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            if (line.Kind != LineKind.Narrative || line.Text.Length > MaxTitleLineLength) break;
            if (taken == 0) firstLine = line.Number;
            title += line.Text;
            taken++;
            if (line.Text.Contains("报告", StringComparison.Ordinal)) break;
        }

        if (!DateText.TryFindYear(title, out var year, out var yearStart))
            return new TitleInfo(AgencyFrom(title), null, firstLine, title);
        return new TitleInfo(AgencyFrom(title.Substring(0, yearStart)), year, firstLine, title);
    }

    /// <summary>The agency text, or null when nothing that looks like a name is left.</summary>
    private static string? AgencyFrom(string text)
    {
        var reportAt = text.IndexOf("政府信息公开", StringComparison.Ordinal);
        if (reportAt >= 0) text = text.Substring(0, reportAt);
        var agency = text.Trim(' ', '：', ':', '，', ',', '《', '“');
        return agency.Length >= 2 && TextCleaner.HasCjk(agency) ? agency : null;
    }
}
