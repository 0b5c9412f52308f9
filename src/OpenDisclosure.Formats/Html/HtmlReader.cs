using AngleSharp.Html.Parser;
using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Formats.PlainText;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Html;

/// <summary>Reads a report published as a web page: charset, report body inside the chrome, paragraphs and tables.</summary>
public static class HtmlReader
{
    public static DocumentReadResult Read(string fileName, byte[] content, ReadLimits limits, CancellationToken ct)
    {
        var diagnostics = new List<Finding>();
        var decoded = TextDecoder.Decode(content, HtmlCharset.Declared(content));
        if (decoded.Warning is not null)
            diagnostics.Add(FormatFindings.Warning("charset", $"网页声明的字符集有误：{decoded.Warning}，按{decoded.EncodingName}读取",
                $"{fileName}: {decoded.Warning}; read as {decoded.EncodingName}", fileName));

        // The parser cannot be interrupted, so its input is measured first (100,000 unclosed <b><i> took 75 s).
        HtmlInputCheck.Check(decoded.Text, limits);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        ct.ThrowIfCancellationRequested();
        NestingDepth.Check(document, limits);
        var located = ReportBodyLocator.Locate(document, ct);
        if (!located.HeadingFound)
            diagnostics.Add(FormatFindings.Warning("html_body_not_found", "网页中未找到“一、总体情况”标题，按整页读取",
                $"{fileName}: no 一、总体情况 heading found; the whole page was read, navigation text may be mixed in", fileName));

        if (TablesAreImages(located.Root))
            diagnostics.Add(FormatFindings.Warning(TablesAsImagesRule, "网页中的统计表格以图片发布，无法读取其中的数字",
                $"{fileName}: the page publishes its statistics tables as images; their numbers cannot be read (the report has tables, they are not text)",
                fileName));

        var writer = new FlatTextWriter(limits, ct);
        // The page's publication date goes first as a metadata line, the form the core reads as 发布日期.
        if (PageIdentity.PublishedOn(document) is { } published) writer.Paragraph($"发布日期：{published.Year}年{published.Month}月{published.Day}日");
        if (located.Title is not null) writer.Paragraph(located.Title);
        var walker = new HtmlBlockWalker(writer, ct);
        walker.Walk(located.Root);
        walker.Flush();
        return new DocumentReadResult(fileName, DocumentKind.Html, writer.ToString(), diagnostics, decoded.EncodingName);
    }

    /// <summary>The rule id (after "format.") of a page whose tables are pictures: it stands in for "table missing".</summary>
    public const string TablesAsImagesRule = "html_tables_as_images";

    /// <summary>No statistics table in the report body but pictures in it: the tables were pasted as images.</summary>
    private static bool TablesAreImages(AngleSharp.Dom.IElement root) =>
        root.QuerySelector("img") is not null
        && !root.QuerySelectorAll("table").Any(t => t.TextContent.Contains("本年新收") || t.TextContent.Contains("信息内容") || t.TextContent.Contains("行政复议"));
}
