using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace OpenDisclosure.Formats.PlainText;

/// <summary>The decoded text, the encoding used, and why that encoding was chosen (BOM, declared, UTF-8 valid, fallback).</summary>
/// <param name="InvalidAt">Set when even GB18030 rejects the bytes: the offset of the first bad byte (the text then holds U+FFFD).</param>
public sealed record DecodedText(string Text, string EncodingName, string Reason, string? Warning = null, int? InvalidAt = null);

/// <summary>
/// Turns bytes into text the way Chinese government files need: BOM first, then a declared charset when it really
/// decodes the bytes, then strict UTF-8, else GB18030 (a superset of GB2312 and GBK, which sites mislabel freely).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static DecodedText Decode(byte[] bytes, string? declaredCharset = null)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
            return new(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "utf-8", "BOM");
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le", "BOM");
        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be", "BOM");

        string? warning = null;
        if (declaredCharset is not null)
        {
            var declared = Resolve(declaredCharset);
            if (declared is null)
                warning = $"unknown declared charset '{declaredCharset}'";
            else if (declared is UTF8Encoding)
            {
                if (TryUtf8(bytes, out var utf8)) return new(utf8, "utf-8", "declared");
                warning = $"declared charset '{declaredCharset}' does not decode the bytes";
            }
            else
                return new(declared.GetString(bytes), declared.WebName, "declared");
        }

        if (TryUtf8(bytes, out var text)) return new(text, "utf-8", "valid UTF-8", warning);
        return new(Gb18030.GetString(bytes), "gb18030", "not UTF-8, read as GB18030", warning, FirstInvalidGb18030(bytes));
    }

    /// <summary>Maps a declared label to an encoding; the GB family all map to GB18030, which decodes each of them.</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "x-gbk" or "gb18030" or "cp936" or "gb_2312-80" or "euc-cn" or "x-euc-cn")
            return Gb18030;
        if (name is "utf8" or "utf-8") return StrictUtf8;
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding is UTF8Encoding ? StrictUtf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int? FirstInvalidGb18030(byte[] bytes)
    {
        try
        {
            Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return Math.Max(e.Index, 0);
        }
    }

    /// <summary>
    /// Strict UTF-8 in one transcoding pass into a pooled buffer (a UTF-8 byte never yields more than one UTF-16
    /// char): the encoding's GetString counted the chars in a pass of its own, and a report is decoded per import.
    /// </summary>
    private static bool TryUtf8(byte[] bytes, out string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                text = "";
                return false;
            }
            text = new string(buffer, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
