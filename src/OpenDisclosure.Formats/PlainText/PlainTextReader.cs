using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.PlainText;

/// <summary>Reads already-flattened report text or Markdown in whatever encoding it was saved (UTF-8, UTF-16, GB18030/GBK).</summary>
public static class PlainTextReader
{
    public static DocumentReadResult Read(string fileName, byte[] content)
    {
        var decoded = TextDecoder.Decode(content);
        if (decoded.InvalidAt is { } at)
            return new DocumentReadResult(fileName, DocumentKind.Text, "", [FormatFindings.Error("not_text",
                $"文件不是可识别的文本：既不是UTF-8、带BOM的UTF-16，也不是GB18030（第{at}字节无效）",
                $"{fileName}: not readable as text: the bytes are neither valid UTF-8, UTF-16 (with BOM) nor GB18030 (invalid GB18030 at byte {at})",
                fileName)], decoded.EncodingName);

        var text = decoded.Text;
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        // Markdown from converters and OCR tools: pipe tables become the TAB cell rows the parser reads.
        if (text.Contains("|--") || text.Contains("| --") || text.Contains("|:--"))
            if (MarkdownText.IsMarkdown(text)) text = MarkdownText.Flatten(text);
        return new DocumentReadResult(fileName, DocumentKind.Text, text, [], decoded.EncodingName);
    }
}
