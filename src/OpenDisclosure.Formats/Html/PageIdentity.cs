using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Html;

/// <summary>
/// The report's identity as a government site page states it outside the article text: the ArticleTitle, PubDate
/// and ContentSource metas, the &lt;title&gt;, and the 政府信息公开 metadata block (索引号 / 发布机构 / 发布日期 / 文号).
/// Breadcrumbs (当前位置) and navigation name only the site's columns, so they are never read as identity.
/// </summary>
public static partial class PageIdentity
{
    /// <summary>The agency the page names as publisher (发布机构, else the ContentSource meta), or null.</summary>
    public static string? Publisher(IDocument document) =>
        BlockValue(document, "发布机构") ?? BlockValue(document, "发文机关") ?? Meta(document, "ContentSource");

    /// <summary>The page's publication date (发布日期 / 发布时间 block, else the PubDate meta), or null.</summary>
    public static DateOnly? PublishedOn(IDocument document)
    {
        foreach (var raw in new[] { BlockValue(document, "发布日期"), BlockValue(document, "发布时间"), Meta(document, "PubDate") })
            if (raw is not null && DateValue().Match(raw) is { Success: true } m
                && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value):D2}-{int.Parse(m.Groups[3].Value):D2}", "yyyy-MM-dd", out var date))
                return date;
        return null;
    }

    /// <summary>The title from the ArticleTitle meta or the page &lt;title&gt; (before the site name), when it names a report.</summary>
    public static string? MetaTitle(IDocument document)
    {
        var title = Meta(document, "ArticleTitle") ?? CellText.Normalize(document.Title ?? "").Split('_', '|', '-')[0].Trim();
        return title.Contains("年度报告") ? title : null;
    }

    /// <summary>
    /// The title with the publisher put in front when the heading names only the year ("2024年政府信息公开工作年度报告"
    /// under a 发布机构 block): the heading is the page's own statement, the block says whose it is.
    /// </summary>
    public static string? Complete(string? title, IDocument document)
    {
        if (title is null) return MetaTitle(document);
        var yearAt = YearInTitle().Match(title);
        if (!yearAt.Success || yearAt.Index > 1) return title;
        var fromMeta = MetaTitle(document);
        if (fromMeta is not null && YearInTitle().Match(fromMeta) is { Success: true, Index: > 1 }) return fromMeta;
        return Publisher(document) is { } publisher ? publisher + title : title;
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content") is { } content && CellText.Normalize(content) is { Length: > 0 } value ? value : null;

    /// <summary>"发布机构：X" in one element, or a label cell followed by its value cell.</summary>
    private static string? BlockValue(IDocument document, string label)
    {
        foreach (var element in document.Body?.QuerySelectorAll("td,th,span,li,p,div,dd,dt,label,b,strong") ?? Enumerable.Empty<IElement>())
        {
            var text = CellText.Normalize(element.TextContent);
            if (!text.StartsWith(label, StringComparison.Ordinal) || text.Length > label.Length + 40) continue;
            var value = text[label.Length..].TrimStart('：', ':', ' ');
            if (value.Length > 0 && !value.Contains('：')) return value;
            if (value.Length == 0 && element.NextElementSibling is { } next && CellText.Normalize(next.TextContent) is { Length: > 0 and <= 40 } sibling)
                return sibling;
        }
        return null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年")]
    private static partial Regex YearInTitle();
}
