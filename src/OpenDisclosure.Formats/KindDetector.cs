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
        var head = PlainText.TextDecoder.Decode(content[..Math.Min(content.Length, 4096)]).Text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        var lower = head.ToLowerInvariant();
        if (lower.StartsWith("<!doctype html") || lower.StartsWith("<html") || lower.StartsWith("<?xml") && lower.Contains("<html")) return true;
        return lower.Contains("<html") || lower.Contains("<body") || lower.Contains("<table") || lower.Contains("<meta");
    }

    private static bool LooksBinary(ReadOnlySpan<byte> span)
    {
        // UTF-16 text has NULs; it is only text when it starts with a BOM.
        if (span.Length >= 2 && (span[0] == 0xFF && span[1] == 0xFE || span[0] == 0xFE && span[1] == 0xFF)) return false;
        return span[..Math.Min(span.Length, 4096)].IndexOf((byte)0) >= 0;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, byte[] needle) => haystack.IndexOf(needle);
}
