using System.IO.Compression;
using System.Text;

namespace OpenDisclosure.Testing;

/// <summary>One hostile input: its class (for figures per class), a file name that tells the kind, its bytes (built on
/// first use), and the finding rule the reader must answer it with (null: any answer that is not a crash).</summary>
public sealed class HostileFile(string hostileClass, string fileName, Func<byte[]> build, string? expectedRule)
{
    private readonly Lazy<byte[]> _bytes = new(build);

    public string Class => hostileClass;
    public string FileName => fileName;
    public byte[] Bytes => _bytes.Value;
    public string? ExpectedRule => expectedRule;
}

/// <summary>
/// Small files that used to exhaust the server (issue 17, items 6–8), built in code at the sizes the issue measured:
/// HTML span and nesting attacks, DOCX decompression bombs and grids, a PDF claiming 100,000 pages. Each is within the
/// 10 MB upload limit. Shared by the unit tests and reliability/.
/// </summary>
public static class HostileFiles
{
    public static IEnumerable<HostileFile> All()
    {
        yield return new("html_rowspan", "rowspan.html", () => Html(Rows(500, _ => "<td rowspan=65534>1</td>")), null);
        yield return new("html_rowspan_row", "rowspan-row.html", () => Html("<table><tr>" + Repeat("<td rowspan=65534>1</td>", 500) + "</tr></table>"), null);
        yield return new("html_rowspan0", "rowspan0.html", () => Html(Rows(10_000, _ => "<td rowspan=0>1</td>")), "format.html_too_large");
        yield return new("html_bigspan", "bigspan.html", () => Html(Rows(1_000, _ => "<td colspan=100000 rowspan=100000>1</td>")), "format.html_too_large");
        yield return new("html_nested_tables", "nested.html", () => Html(Repeat("<table><tr><td>", 10_000) + "x"), "format.html_too_large");
        yield return new("html_nested_tables_100k", "nested100k.html", () => Html(Repeat("<table><tr><td>", 100_000) + "x"), "format.html_too_large");
        yield return new("html_unclosed", "unclosed.html", () => Html(Repeat("<b><i>", 100_000) + "x"), "format.html_too_large");
        yield return new("docx_bomb", "bomb.docx", () => DocxBomb(96L * 1024 * 1024), "format.docx_too_large");
        yield return new("docx_paragraphs", "paragraphs.docx", () => Docx(Repeat("<w:p><w:r><w:t>一</w:t></w:r></w:p>", 150_000)), "format.docx_too_large");
        yield return new("docx_parts", "parts.docx", () => Docx("<w:p/>", extraParts: 2_000), "format.docx_too_large");
        yield return new("docx_vmerge", "vmerge.docx", () => Docx(VMergeTable(2_000, 200)), "format.docx_too_large");
        yield return new("pdf_pages", "pages.pdf", () => PdfWithPages(100_000), "format.pdf_too_large");
        yield return new("text_huge_cell", "huge-cell.txt", () => Encoding.UTF8.GetBytes("某某局2024年政府信息公开工作年度报告\n\t" + new string('9', 1_000_000) + "\n"), null);
    }

    public static byte[] Html(string body) => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>");

    private static string Rows(int rows, Func<int, string> cells)
    {
        var sb = new StringBuilder("<table>");
        for (var r = 0; r < rows; r++) sb.Append("<tr>").Append(cells(r)).Append("</tr>");
        return sb.Append("</table>").ToString();
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A minimal valid .docx whose body is <paramref name="bodyXml"/>, with optional filler parts.</summary>
    public static byte[] Docx(string bodyXml, int extraParts = 0) =>
        Package(document => document.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{Word}\"><w:body>{bodyXml}</w:body></w:document>")), extraParts);

    /// <summary>A .docx whose document.xml decompresses to <paramref name="bytes"/> (about 1,000 to 1 on disk).</summary>
    public static byte[] DocxBomb(long bytes) => Package(document =>
    {
        document.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{Word}\"><w:body>"));
        var filler = Encoding.UTF8.GetBytes(Repeat("<w:p/>", 10_000));
        for (long written = 0; written < bytes; written += filler.Length) document.Write(filler);
        document.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
    });

    private static byte[] Package(Action<Stream> writeDocument, int extraParts = 0)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using (var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()) writeDocument(document);
            for (var i = 0; i < extraParts; i++) Entry(zip, $"customXml/item{i}.xml", "<a/>");
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A table of <paramref name="rows"/> × <paramref name="columns"/> where every column is one vertical merge.</summary>
    public static string VMergeTable(int rows, int columns)
    {
        var sb = new StringBuilder("<w:tbl>");
        for (var r = 0; r < rows; r++)
        {
            sb.Append("<w:tr>");
            var merge = r == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
            for (var c = 0; c < columns; c++) sb.Append("<w:tc><w:tcPr>").Append(merge).Append("</w:tcPr><w:p/></w:tc>");
            sb.Append("</w:tr>");
        }
        return sb.Append("</w:tbl>").ToString();
    }

    /// <summary>An uncompressed PDF whose page tree holds <paramref name="pages"/> empty pages.</summary>
    public static byte[] PdfWithPages(int pages)
    {
        var sb = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        sb.Append($"2 0 obj << /Type /Pages /Count {pages} /Kids [");
        for (var i = 0; i < pages; i++) sb.Append(i + 3).Append(" 0 R ");
        sb.Append("] >> endobj\n");
        for (var i = 0; i < pages; i++) sb.Append(i + 3).Append(" 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n");
        return Encoding.ASCII.GetBytes(sb.Append("trailer << /Root 1 0 R >>\n%%EOF\n").ToString());
    }

    /// <summary>Request bodies that are not a valid upload: (name, content type, body, expected status).</summary>
    public static IEnumerable<(string Name, string? ContentType, byte[] Body, int Status)> BadBodies()
    {
        var report = Encoding.UTF8.GetBytes("某某局2024年政府信息公开工作年度报告\n");
        yield return ("multipart_no_boundary", "multipart/form-data", report, 400);
        yield return ("multipart_truncated", "multipart/form-data; boundary=XYZ",
            Encoding.UTF8.GetBytes("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n年度报告"), 400);
        yield return ("multipart_garbage", "multipart/form-data; boundary=XYZ", Encoding.UTF8.GetBytes("this is not multipart at all"), 400);
        yield return ("multipart_no_file", "multipart/form-data; boundary=XYZ",
            Encoding.UTF8.GetBytes("--XYZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--XYZ--\r\n"), 400);
        yield return ("no_content_type", null, report, 415);
        yield return ("form_urlencoded", "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes("file=abc&x=1"), 415);
        yield return ("text_as_png", "image/png", report, 415);
    }
}
