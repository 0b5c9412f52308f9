using System.Globalization;
using System.Text;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// Writes a PDF whose Chinese text uses a non-embedded CID font (STSong-Light, Identity-H, a ToUnicode map), as
/// many government PDFs do: no font file is needed to make one, and a reader gets every letter with its position
/// from the widths (Chinese 1 em, ASCII half an em). Deterministic bytes, so the committed fixtures can be rebuilt.
/// </summary>
public sealed class MiniPdf(double width, double height)
{
    private readonly List<StringBuilder> _pages = [];
    private readonly SortedSet<char> _used = [];

    public double Width { get; } = width;
    public double Height { get; } = height;
    public int PageCount => _pages.Count;

    public void NewPage() => _pages.Add(new StringBuilder());

    /// <summary>Text whose baseline starts at (x, y) measured from the page's top-left corner.</summary>
    public void Text(double x, double y, double size, string text)
    {
        if (text.Length == 0) return;
        var hex = new StringBuilder();
        foreach (var ch in text)
        {
            _used.Add(ch);
            hex.Append(((int)ch).ToString("X4"));
        }
        _pages[^1].Append(Invariant($"BT /F1 {size:0.##} Tf 1 0 0 1 {x:0.##} {Height - y:0.##} Tm <{hex}> Tj ET\n"));
    }

    public void Line(double x1, double y1, double x2, double y2) =>
        _pages[^1].Append(Invariant($"{x1:0.##} {Height - y1:0.##} m {x2:0.##} {Height - y2:0.##} l S\n"));

    /// <summary>Advance width of a character in ems.</summary>
    public static double Advance(char ch) => ch < 0x80 ? 0.5 : 1;

    public static double Measure(string text, double size) => text.Sum(Advance) * size;

    public byte[] ToBytes()
    {
        var objects = new List<string>();
        int Add(string body) { objects.Add(body); return objects.Count; }
        var catalog = Add(""); // filled below, once the pages object number is known
        var pagesId = Add("");
        var widths = string.Join(" ", _used.Where(c => c < 0x80).Select(c => $"{(int)c} [500]"));
        var descriptor = Add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        var cidFont = Add($"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] >>");
        var toUnicode = Stream(Add, ToUnicodeMap());
        var font = Add($"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        var pageIds = new List<int>();
        foreach (var page in _pages)
        {
            var content = Stream(Add, page.ToString());
            pageIds.Add(Add(Invariant($"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {Width:0.##} {Height:0.##}] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>")));
        }
        objects[catalog - 1] = $"<< /Type /Catalog /Pages {pagesId} 0 R >>";
        objects[pagesId - 1] = $"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(p => $"{p} 0 R"))}] /Count {pageIds.Count} >>";

        var output = new MemoryStream();
        void Write(string s) { var b = Encoding.Latin1.GetBytes(s); output.Write(b); }
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A Flate-compressed stream object; its binary bytes are carried as Latin-1 chars (one byte each).</summary>
    private static int Stream(Func<string, int> add, string data)
    {
        var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(Encoding.ASCII.GetBytes(data));
        return add($"<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n{Encoding.Latin1.GetString(packed.ToArray())}\nendstream");
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Identity-UCS def /CMapType 2 def\n");
        map.Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in _used.Chunk(100))
        {
            map.Append($"{chunk.Length} beginbfchar\n");
            foreach (var ch in chunk) map.Append($"<{(int)ch:X4}> <{(int)ch:X4}>\n");
            map.Append("endbfchar\n");
        }
        map.Append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        return map.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
