namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// The page's publication date (发布日期 / 发布时间), stated in web-page metadata before the title: a separate fact
/// from the signature date, and the evidence of timeliness when the signature has none. Only the lines before
/// section 一 are looked at, so a date in the narrative is never taken for it.
/// </summary>
public static class PageDateReader
{
    private static readonly string[] Labels = ["发布日期", "发布时间"];

    public static DateOnly? Read(SourceLine[] lines, int firstHeadingIndex)
    {
        for (var i = 0; i < lines.Length && i < firstHeadingIndex; i++)
        {
            var text = lines[i].Text;
            foreach (var label in Labels)
            {
                var at = text.IndexOf(label, StringComparison.Ordinal);
                if (at < 0 || at > 20) continue;
                var from = at + label.Length;
                if (from < text.Length && text[from] is '：' or ':' && DateText.TryFind(text, from + 1, null, out var date, out var start, out _)
                    && start - from <= 3)
                    return date;
            }
        }
        return null;
    }
}
