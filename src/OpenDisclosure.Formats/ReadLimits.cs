namespace OpenDisclosure.Formats;

/// <summary>
/// The budget of one document read: time, and the sizes that decide its memory (a 12 KB HTML table or a 611 KB .docx
/// can otherwise expand into gigabytes). Each limit is checked before or while the input is expanded, so a hostile
/// file stops early with a <c>format.*_too_large</c> finding naming the limit instead of exhausting the server.
/// The API binds them from its <c>Validation</c> section; the seeder uses <see cref="Default"/>.
/// </summary>
public sealed record ReadLimits
{
    public static readonly ReadLimits Default = new();

    /// <summary>Wall-clock budget of one read; past it the read stops with format.read_timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sum of the uncompressed sizes of a .docx's parts, counted while decompressing (declared sizes can lie).</summary>
    public long MaxDocxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The main part (word/document.xml) alone: it becomes an in-memory tree about ten times its size.</summary>
    public long MaxDocxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Zip entries in a .docx (a real report has 10 to 40).</summary>
    public int MaxDocxParts { get; init; } = 1000;

    /// <summary>Paragraphs read from one document (a real report has a few hundred).</summary>
    public int MaxParagraphs { get; init; } = 20_000;

    /// <summary>Table cells written for one document, blanks under merged cells included (a real report has about 500).</summary>
    public int MaxTableCells { get; init; } = 50_000;

    /// <summary>Tags ('&lt;') in an HTML page, counted before parsing (a large portal page has about 20,000).</summary>
    public int MaxHtmlTags { get; init; } = 150_000;

    /// <summary>Formatting tags (&lt;b&gt;, &lt;i&gt;, &lt;font&gt;…) left open in an HTML page, counted before parsing: the
    /// parser reopens each of them at every new element, so 20,000 took 5.6 s and 70,000 over two minutes.</summary>
    public int MaxUnclosedFormattingTags { get; init; } = 1000;

    /// <summary>Element nesting depth of an HTML page after parsing (real pages stay under 60).</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Pages of a PDF, counted in its page tree before the text is extracted.</summary>
    public int MaxPdfPages { get; init; } = 1000;
}

/// <summary>A read stopped because the document passed one of its <see cref="ReadLimits"/>.</summary>
public sealed class ReadLimitExceededException(string what, long limit, string setting)
    : Exception($"{what} exceeds the limit of {limit}")
{
    /// <summary>What was counted, in English ("decompressed size (bytes)", "table cells").</summary>
    public string What { get; } = what;
    public long Limit { get; } = limit;
    /// <summary>The <see cref="ReadLimits"/> property that sets the limit (the API's Validation:* key of the same name).</summary>
    public string Setting { get; } = setting;
}
