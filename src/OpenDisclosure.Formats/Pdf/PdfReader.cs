namespace OpenDisclosure.Formats.Pdf;

/// <summary>Reads a PDF's text layer through pdftotext -layout and rebuilds its tables from column positions.</summary>
public static class PdfReader
{
    public static DocumentReadResult Read(string fileName, byte[] content)
    {
        var layout = PdftotextRunner.LayoutText(content, out var error);
        if (layout is null)
            return Fail(fileName, error!.StartsWith("pdftotext not found") ? "pdftotext_missing" : "pdf_unreadable",
                error.StartsWith("pdftotext not found") ? $"未找到pdftotext，请安装：{PdftotextRunner.InstallHint}" : $"PDF无法读取：{error}",
                $"{fileName}: {error}");
        if (layout.All(c => char.IsWhiteSpace(c) || c == '\f'))
            return Fail(fileName, "pdf_no_text_layer", "PDF没有文字层（扫描件），需要先进行文字识别（OCR）",
                $"{fileName}: the PDF has no text layer (a scanned image); run OCR first");

        var (text, diagnostics) = LayoutDocument.Convert(layout, fileName);
        return new DocumentReadResult(fileName, DocumentKind.Pdf, text, diagnostics);
    }

    private static DocumentReadResult Fail(string fileName, string rule, string zh, string en) =>
        new(fileName, DocumentKind.Pdf, "", [FormatFindings.Error(rule, zh, en, fileName)]);
}
