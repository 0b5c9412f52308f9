namespace OpenDisclosure.Formats.Pdf;

/// <summary>Reads a PDF through poppler's pdftotext -layout and rebuilds its tables from column positions.</summary>
public static class PdfReader
{
    public static DocumentReadResult Read(string fileName, byte[] content) =>
        new(fileName, DocumentKind.Pdf, "", [FormatFindings.Error("pdf_not_yet", "PDF读取尚未实现", $"{fileName}: PDF reading is not implemented yet", fileName)]);
}
