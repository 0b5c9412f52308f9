using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Html;

/// <summary>
/// Finds the report inside a web page: the smallest element holding the 一、总体情况 heading and every statistics
/// table, so navigation, sidebars and footers around it are left out. The title often sits outside that element
/// (a separate headline block), so it is looked for just before it.
/// </summary>
public static partial class ReportBodyLocator
{
    private static readonly string[] TableMarkers = ["本年新收", "信息内容", "行政复议", "申请人情况"];

    public sealed record Located(IElement Root, string? Title, bool HeadingFound);

    public static Located Locate(IDocument document, CancellationToken ct = default)
    {
        var body = document.Body ?? document.DocumentElement;
        var tables = body.QuerySelectorAll("table")
            .Where(t => !t.QuerySelectorAll("table").Any() && TableMarkers.Any(m => t.TextContent.Contains(m)))
            .ToList();
        var heading = Deepest(body, ct);
        var root = heading ?? (tables.Count > 0 ? tables[0] : body);
        while (root != body && root.ParentElement is { } parent && !tables.All(t => root.Contains(t)))
            root = parent;
        // A bare heading <p> with no table yet reached: climb to the element that holds the sections too.
        while (heading is not null && tables.Count == 0 && root != body && root.ParentElement is { } up && Text(root).Length < 200)
            root = up;

        // The body holds its own title only when one of its first lines is a short title line (agency and title may
        // be two lines): a preamble sentence that mentions "…政府信息公开工作年度报告" is not one.
        var hasOwnTitle = root.QuerySelectorAll("p,h1,h2,h3,h4,div,td,li").Where(e => e.QuerySelector("p,h1,h2,h3,h4,div,td,li") is null)
            .Select(Text).Where(t => t.Length > 0).Take(3)
            .Any(t => t.Length <= 80 && t.Contains("年度报告") && !t.EndsWith('。'));
        var title = hasOwnTitle ? null : PageIdentity.Complete(FindTitle(document, root), document);
        return new Located(root, title, heading is not null);
    }

    /// <summary>The deepest element whose whole text is the 一、总体情况 heading (a sidebar link "总体情况通报" is not).</summary>
    private static IElement? Deepest(IElement scope, CancellationToken ct)
    {
        IElement? found = null;
        foreach (var element in scope.QuerySelectorAll("*"))
        {
            ct.ThrowIfCancellationRequested();
            if (element.LocalName is "script" or "style" or "title" or "a") continue;
            if (!Heading().IsMatch(Text(element))) continue;
            if (found is null || found.Contains(element)) found = element;
        }
        return found;
    }

    [GeneratedRegex(@"^(一|1)\s*[、.．,，]?\s*总体情况\s*[:：]?$")]
    private static partial Regex Heading();

    private static string? FindTitle(IDocument document, IElement root)
    {
        string? best = null;
        foreach (var element in document.Body?.QuerySelectorAll("h1,h2,h3,h4,p,div,td,span,strong") ?? Enumerable.Empty<IElement>())
        {
            if (element.Contains(root) || root.Contains(element)) continue;
            if ((element.CompareDocumentPosition(root) & DocumentPositions.Following) == 0) continue;
            var text = Text(element);
            if (text.Length is > 0 and <= 80 && text.Contains("政府信息公开") && text.Contains("年度报告")
                && !element.Children.Any(c => Text(c) == text))
                best = text;
        }
        if (best is not null) return best;
        var pageTitle = CellText.Normalize(document.Title ?? "");
        return pageTitle.Contains("年度报告") ? pageTitle.Split('_', '-', '|')[0].Trim() : null;
    }

    private static string Text(IElement element) => CellText.Normalize(element.TextContent);
}
