using System.Text;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// Turns a file's bytes into the flattened text the parser reads. For now plain text only: UTF-8 (with or without
/// BOM), UTF-16 with BOM, else GB18030 (what older Chinese Windows tools save). HTML/DOCX/PDF readers plug in here.
/// </summary>
public static class ReportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static (string? Text, string? Error) Decode(ReportSource source)
    {
        var bytes = source.Content;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return TryDecode(StrictUtf8, bytes, 3, "UTF-8");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return TryDecode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16LE");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return TryDecode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16BE");

        var utf8 = TryDecode(StrictUtf8, bytes, 0, "UTF-8");
        if (utf8.Text is not null) return utf8;

        var gb = TryDecode(Gb18030.Value, bytes, 0, "GB18030");
        return gb.Text is not null
            ? gb
            : (null, "not readable as text: the bytes are neither valid UTF-8, UTF-16 (with BOM) nor GB18030");
    }

    private static (string? Text, string? Error) TryDecode(Encoding encoding, byte[] bytes, int offset, string name)
    {
        try
        {
            return (encoding.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"invalid {name} at byte {offset + Math.Max(e.Index, 0)}");
        }
    }
}
