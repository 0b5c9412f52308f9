using AngleSharp.Html.Parser;
using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Formats.PlainText;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Html;

/// <summary>Reads a report published as a web page: charset, report body inside the chrome, paragraphs and tables.</summary>
public static class HtmlReader
{
    public static DocumentReadResult Read(string fileName, byte[] content)
    {
        var diagnostics = new List<Finding>();
        var decoded = TextDecoder.Decode(content, HtmlCharset.Declared(content));
        if (decoded.Warning is not null)
            diagnostics.Add(FormatFindings.Warning("charset", $"网页声明的字符集有误：{decoded.Warning}，按{decoded.EncodingName}读取",
                $"{fileName}: {decoded.Warning}; read as {decoded.EncodingName}", fileName));

        var document = new HtmlParser().ParseDocument(decoded.Text);
        var located = ReportBodyLocator.Locate(document);
        if (!located.HeadingFound)
            diagnostics.Add(FormatFindings.Warning("html_body_not_found", "网页中未找到“一、总体情况”标题，按整页读取",
                $"{fileName}: no 一、总体情况 heading found; the whole page was read, navigation text may be mixed in", fileName));

        var writer = new FlatTextWriter();
        // The page's publication date goes first as a metadata line, the form the core reads as 发布日期.
        if (PageIdentity.PublishedOn(document) is { } published) writer.Paragraph($"发布日期：{published.Year}年{published.Month}月{published.Day}日");
        if (located.Title is not null) writer.Paragraph(located.Title);
        var walker = new HtmlBlockWalker(writer);
        walker.Walk(located.Root);
        walker.Flush();
        return new DocumentReadResult(fileName, DocumentKind.Html, writer.ToString(), diagnostics, decoded.EncodingName);
    }
}
