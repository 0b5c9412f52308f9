using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig (managed code: nothing to install) and rebuilds its tables from the
/// letters' x-coordinates.
/// </summary>
public static class PdfReader
{
    /// <summary>Pages read at most: an annual report has 3 to 20; the rest of a longer file is left with a finding.</summary>
    public const int DefaultMaxPages = 200;

    public static DocumentReadResult Read(string fileName, byte[] content, int maxPages = DefaultMaxPages, CancellationToken cancellation = default)
    {
        string layout;
        int pageCount, pagesRead;
        try
        {
            layout = PdfLetterLayout.Text(content, maxPages, cancellation, out pageCount, out pagesRead);
        }
        catch (Exception ex) when (ex is PdfDocumentEncryptedException or PdfDocumentFormatException or InvalidOperationException
                                       or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // PdfPig reports damage with several exception types; each is this file's problem, not the batch's.
            return Fail(fileName, "pdf_unreadable", $"PDF无法读取：{ex.Message}", $"{fileName}: cannot read the PDF: {ex.Message}");
        }
        if (layout.All(c => char.IsWhiteSpace(c) || c == '\f'))
            return Fail(fileName, "pdf_no_text_layer", "PDF没有文字层（扫描件），需要先进行文字识别（OCR）",
                $"{fileName}: the PDF has no text layer (a scanned image); run OCR first");

        var (text, diagnostics) = LayoutDocument.Convert(layout, fileName);
        if (pagesRead < pageCount)
            diagnostics.Insert(0, FormatFindings.Warning("pdf_pages_skipped",
                $"PDF共{pageCount}页，只读取了前{pagesRead}页", $"{fileName}: the PDF has {pageCount} pages; only the first {pagesRead} were read",
                fileName));
        return new DocumentReadResult(fileName, DocumentKind.Pdf, text, diagnostics);
    }

    private static DocumentReadResult Fail(string fileName, string rule, string zh, string en) =>
        new(fileName, DocumentKind.Pdf, "", [FormatFindings.Error(rule, zh, en, fileName)]);
}
