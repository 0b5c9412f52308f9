namespace OpenDisclosure.Formats.PlainText;

/// <summary>Reads already-flattened report text in whatever encoding it was saved (UTF-8, UTF-16, GB18030/GBK).</summary>
public static class PlainTextReader
{
    public static DocumentReadResult Read(string fileName, byte[] content)
    {
        var decoded = TextDecoder.Decode(content);
        var text = decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n');
        var diagnostics = new List<OpenDisclosure.Reports.Validation.Finding>();
        if (text.Contains('\uFFFD'))
            diagnostics.Add(FormatFindings.Warning("undecodable_bytes", $"文件含有无法按{decoded.EncodingName}解码的字节",
                $"{fileName}: some bytes are not valid {decoded.EncodingName}; they show as U+FFFD", fileName,
                line: text[..text.IndexOf('\uFFFD')].Count(c => c == '\n') + 1));
        return new DocumentReadResult(fileName, DocumentKind.Text, text, diagnostics, decoded.EncodingName);
    }
}
