using OpenDisclosure.Formats;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// Turns a report file's bytes into the flattened text the parser reads, through the shared
/// <see cref="DocumentReader"/>: plain text in any encoding (UTF-8, UTF-16 with BOM, GB18030/GBK), HTML pages, .docx
/// and PDF (PdfPig, managed). The kind comes from the content, not the extension.
/// </summary>
public static class ReportText
{
    public static DocumentReadResult Read(ReportSource source) => DocumentReader.Read(source.FileName, source.Content);

    public static (string? Text, string? Error) Decode(ReportSource source)
    {
        var read = Read(source);
        return read.IsUnreadable ? (null, DocumentCheck.Error(read)) : (read.Text, null);
    }
}
