using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OpenDisclosure.Formats.Docx;
using OpenDisclosure.Formats.Html;
using OpenDisclosure.Formats.Pdf;
using OpenDisclosure.Formats.PlainText;

namespace OpenDisclosure.Formats;

/// <summary>
/// The one entry point for a report file of any kind: detects the kind from the bytes and returns the flattened
/// text for <c>ReportParser.Parse</c>, with diagnostics. Never throws on bad input; every read runs within its
/// <see cref="ReadLimits"/> (time, sizes). Only the caller's own cancellation (a client that left) is thrown.
/// </summary>
public static class DocumentReader
{
    public static DocumentReadResult Read(string fileName, byte[] content) => Read(fileName, content, ReadLimits.Default, CancellationToken.None);

    /// <param name="cancellation">The caller's cancellation (the request's); the time budget is added here.</param>
    public static DocumentReadResult Read(string fileName, byte[] content, ReadLimits limits, CancellationToken cancellation)
    {
        var kind = KindDetector.Detect(fileName, content);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        budget.CancelAfter(limits.Timeout);
        var ct = budget.Token;
        try
        {
            return kind switch
            {
                DocumentKind.Text => PlainTextReader.Read(fileName, content),
                DocumentKind.Html => HtmlReader.Read(fileName, content, limits, ct),
                DocumentKind.Docx => DocxReader.Read(fileName, content, limits, ct),
                // The page tree is counted here first (a claimed 100,000 pages is refused before any parsing); the reader
                // then holds the same page cap and the time budget while it reads.
                DocumentKind.Pdf => PdfPageCount.Check(fileName, content, limits) ?? PdfReader.Read(fileName, content, limits.MaxPdfPages, ct),
                DocumentKind.Doc => Fail(fileName, kind, "legacy_doc",
                    "旧版Word .doc文件无法直接读取，请先转换：libreoffice --headless --convert-to docx 文件名.doc",
                    $"{fileName}: legacy .doc (Word 97-2003) is not read: convert with `libreoffice --headless --convert-to docx {Path.GetFileName(fileName)}`"),
                _ => Fail(fileName, kind, "unknown_kind", "无法识别的文件类型（支持文本、HTML、DOCX、PDF）",
                    $"{fileName}: unrecognised file type (text, HTML, DOCX and PDF are read)"),
            };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return TimedOut(fileName, kind, limits.Timeout);
        }
        catch (ReadLimitExceededException limit)
        {
            return TooLarge(fileName, kind, limit);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A damaged file must come back as a finding, not crash the batch it is part of. The exception's own text
            // stays here: it speaks of the library's internals ("set the DtdProcessing property…"), not of the file.
            var (zh, en) = Damage(ex);
            return Fail(fileName, kind, "unreadable", $"文件损坏或无法读取：{zh}", $"{fileName}: cannot read the {kind} file: {en}");
        }
    }

    public static DocumentReadResult Read(string path) => Read(path, File.ReadAllBytes(path));

    /// <summary>What went wrong, in the file's terms, for the exceptions a damaged document raises.</summary>
    private static (string Zh, string En) Damage(Exception ex) => ex switch
    {
        XmlException xml when xml.Message.Contains("DTD", StringComparison.Ordinal) =>
            ("文档声明了DTD，不予读取", "the document declares a DTD, which is not read"),
        XmlException xml => ($"XML格式错误（第{xml.LineNumber}行）", $"its XML is malformed (line {xml.LineNumber})"),
        InvalidDataException or OpenXmlPackageException or FileFormatException =>
            ("压缩包或Word包结构损坏", "the package (ZIP) is damaged or not a Word document"),
        _ => ("文件结构无法解析", "its structure could not be read"),
    };

    /// <summary>format.read_timeout: the read passed its time budget (also answered by a host that stopped waiting).</summary>
    public static DocumentReadResult TimedOut(string fileName, DocumentKind kind, TimeSpan timeout) =>
        Fail(fileName, kind, "read_timeout", $"读取超时：超过{timeout.TotalSeconds:0.#}秒的读取时限，已停止",
            $"{fileName}: reading stopped after the {timeout.TotalSeconds:0.#} s time budget");

    /// <summary>format.docx_too_large, format.html_too_large…: the file, what was counted and the limit.</summary>
    public static DocumentReadResult TooLarge(string fileName, DocumentKind kind, ReadLimitExceededException limit) =>
        Fail(fileName, kind, $"{kind.ToString().ToLowerInvariant()}_too_large",
            $"文件超出读取上限：{limit.What}超过{limit.Limit}（{limit.Setting}），未读取",
            $"{fileName}: {limit.What} exceeds the limit of {limit.Limit} ({limit.Setting}); the file was not read");

    private static DocumentReadResult Fail(string fileName, DocumentKind kind, string rule, string zh, string en) =>
        new(fileName, kind, "", [FormatFindings.Error(rule, zh, en, fileName)]);
}
