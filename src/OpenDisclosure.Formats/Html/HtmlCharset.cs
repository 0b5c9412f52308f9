using System.Text;
using System.Text.RegularExpressions;

namespace OpenDisclosure.Formats.Html;

/// <summary>Finds the charset a page declares (&lt;meta charset&gt; or http-equiv Content-Type) in its first bytes.</summary>
public static partial class HtmlCharset
{
    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static string? Declared(byte[] content)
    {
        // Charset labels are ASCII, so Latin-1 reads them correctly whatever the real encoding is (UTF-16 has a BOM).
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 8192));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }
}
