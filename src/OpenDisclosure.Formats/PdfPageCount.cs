namespace OpenDisclosure.Formats;

/// <summary>
/// Counts a PDF's pages from its bytes before any reader extracts text, so the page cap holds whatever reader runs
/// (a 9 MB, 100,000-page PDF took 107 s and 7.6 GB). Page objects (<c>/Type /Page</c>) are counted where they are
/// stored plainly, and the page tree's <c>/Count</c> where it is; pages hidden in compressed object streams escape
/// this count and are left to the time budget.
/// </summary>
public static class PdfPageCount
{
    public static DocumentReadResult? Check(string fileName, byte[] content, ReadLimits limits)
    {
        var pages = Count(content);
        return pages > limits.MaxPdfPages
            ? DocumentReader.TooLarge(fileName, DocumentKind.Pdf, new ReadLimitExceededException("pages", limits.MaxPdfPages, nameof(ReadLimits.MaxPdfPages)))
            : null;
    }

    /// <summary>The larger of the plain page objects and the largest page-tree /Count.</summary>
    public static long Count(ReadOnlySpan<byte> pdf)
    {
        long objects = 0, tree = 0;
        var at = 0;
        while (true)
        {
            var found = pdf[at..].IndexOf("/Type"u8);
            if (found < 0) break;
            at += found + 5;
            var rest = pdf[at..];
            var skip = 0;
            while (skip < rest.Length && rest[skip] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t') skip++;
            rest = rest[skip..];
            if (!rest.StartsWith("/Page"u8)) continue;
            if (rest.Length > 5 && rest[5] == (byte)'s') tree = Math.Max(tree, TreeCount(pdf, at));
            else if (rest.Length == 5 || !IsNameChar(rest[5])) objects++;
        }
        return Math.Max(objects, tree);
    }

    /// <summary>The /Count of the dictionary around <paramref name="at"/> (looked for within 200 bytes either side).</summary>
    private static long TreeCount(ReadOnlySpan<byte> pdf, int at)
    {
        var from = Math.Max(0, at - 200);
        var window = pdf[from..Math.Min(pdf.Length, at + 200)];
        var count = window.IndexOf("/Count"u8);
        if (count < 0) return 0;
        long value = 0;
        var i = count + 6;
        while (i < window.Length && window[i] == (byte)' ') i++;
        for (; i < window.Length && window[i] is >= (byte)'0' and <= (byte)'9' && value < int.MaxValue; i++)
            value = value * 10 + (window[i] - '0');
        return value;
    }

    private static bool IsNameChar(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
}
