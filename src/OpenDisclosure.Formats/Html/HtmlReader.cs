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

        var writer = new FlatTextWriter(limits, ct);
        // The page's publication date goes first as a metadata line, the form the core reads as 发布日期.
        if (PageIdentity.PublishedOn(document) is { } published) writer.Paragraph($"发布日期：{published.Year}年{published.Month}月{published.Day}日");
        if (located.Title is not null) writer.Paragraph(located.Title);
        var walker = new HtmlBlockWalker(writer, ct);
        walker.Walk(located.Root);
        walker.Flush();
        return new DocumentReadResult(fileName, DocumentKind.Html, writer.ToString(), diagnostics, decoded.EncodingName);
    }
}
