using OpenDisclosure.Formats.Docx;
using OpenDisclosure.Formats.Html;
using OpenDisclosure.Formats.Pdf;
using OpenDisclosure.Formats.PlainText;

namespace OpenDisclosure.Formats;

/// <summary>
/// The one entry point for a report file of any kind: detects the kind from the bytes and returns the flattened
/// text for <c>ReportParser.Parse</c>, with diagnostics. Never throws on bad input.
/// </summary>
public static class DocumentReader
{
    public static DocumentReadResult Read(string fileName, byte[] content)
    {
        var kind = KindDetector.Detect(fileName, content);
        try
        {
            return kind switch
            {
                DocumentKind.Text => PlainTextReader.Read(fileName, content),
                DocumentKind.Html => HtmlReader.Read(fileName, content),
                DocumentKind.Docx => DocxReader.Read(fileName, content),
                DocumentKind.Pdf => PdfReader.Read(fileName, content),
                DocumentKind.Doc => Fail(fileName, kind, "legacy_doc",
                    "旧版Word .doc文件无法直接读取，请先转换：libreoffice --headless --convert-to docx 文件名.doc",
                    $"{fileName}: legacy .doc (Word 97-2003) is not read: convert with `libreoffice --headless --convert-to docx {Path.GetFileName(fileName)}`"),
                _ => Fail(fileName, kind, "unknown_kind", "无法识别的文件类型（支持文本、HTML、DOCX、PDF）",
                    $"{fileName}: unrecognised file type (text, HTML, DOCX and PDF are read)"),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A damaged file must come back as a finding, not crash the batch it is part of.
            return Fail(fileName, kind, "unreadable", $"文件损坏或无法读取：{ex.Message}", $"{fileName}: cannot read {kind} file: {ex.Message}");
        }
    }

    public static DocumentReadResult Read(string path) => Read(path, File.ReadAllBytes(path));

    private static DocumentReadResult Fail(string fileName, DocumentKind kind, string rule, string zh, string en) =>
        new(fileName, kind, "", [FormatFindings.Error(rule, zh, en, fileName)]);
}
