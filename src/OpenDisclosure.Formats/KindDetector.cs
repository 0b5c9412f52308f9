using System.IO.Compression;
using System.Text;

namespace OpenDisclosure.Formats;

/// <summary>Decides the document kind from magic bytes and a markup sniff; the extension only breaks ties.</summary>
public static class KindDetector
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DocumentKind Detect(string fileName, byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(Pdf) || IndexOf(span[..Math.Min(span.Length, 1024)], Pdf) >= 0) return DocumentKind.Pdf;
        if (span.StartsWith(Ole)) return DocumentKind.Doc;
        if (span.StartsWith(Zip)) return IsWordPackage(content) ? DocumentKind.Docx : DocumentKind.Unknown;
        if (content.Length == 0) return DocumentKind.Text; // the parser reports an empty report itself
        if (LooksLikeMarkup(content)) return DocumentKind.Html;
        // A ".html" file without a single tag is text that was saved under the wrong name.
        return LooksBinary(span) ? DocumentKind.Unknown : DocumentKind.Text;
    }

    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>An HTML tag near the start, in any of the encodings reports come in (UTF-16 is checked after decoding).</summary>
    private static bool LooksLikeMarkup(byte[] content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 4096));
        if (head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF))
            return LooksLikeMarkup(PlainText.TextDecoder.Decode(head.ToArray()).Text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant());
        // Every other encoding read here (UTF-8, GB18030/GBK) is ASCII-compatible, and a '<' byte is always a real
        // '<' (never a trail byte), so the tags are searched in the bytes, ASCII case-insensitively at each '<':
        // decoding (and later lower-casing) 4 KB per file was most of the read time of a plain-text report (bench).
        var at = head.IndexOf((byte)'<');
        if (at < 0) return false;
        var start = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        if (StartsWithIgnoreCase(start.TrimStart(" \r\n\t"u8), "<!doctype html"u8)) return true;
        while (at >= 0)
        {
            var tag = head[(at + 1)..];
            if (StartsWithIgnoreCase(tag, "html"u8) || StartsWithIgnoreCase(tag, "body"u8)
                || StartsWithIgnoreCase(tag, "table"u8) || StartsWithIgnoreCase(tag, "meta"u8)) return true;
            var next = tag.IndexOf((byte)'<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerPrefix) =>
        text.Length >= lowerPrefix.Length && Ascii.EqualsIgnoreCase(text[..lowerPrefix.Length], lowerPrefix);

    private static bool LooksLikeMarkup(string lower) =>
        lower.StartsWith("<!doctype html", StringComparison.Ordinal)
        || lower.Contains("<html", StringComparison.Ordinal) || lower.Contains("<body", StringComparison.Ordinal)
        || lower.Contains("<table", StringComparison.Ordinal) || lower.Contains("<meta", StringComparison.Ordinal);

    private static bool LooksBinary(ReadOnlySpan<byte> span)
    {
        // UTF-16 text has NULs; it is only text when it starts with a BOM.
        if (span.Length >= 2 && (span[0] == 0xFF && span[1] == 0xFE || span[0] == 0xFE && span[1] == 0xFF)) return false;
        return span[..Math.Min(span.Length, 4096)].IndexOf((byte)0) >= 0;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, byte[] needle) => haystack.IndexOf(needle);
}
