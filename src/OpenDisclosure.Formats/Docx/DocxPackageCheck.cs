using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace OpenDisclosure.Formats.Docx;

/// <summary>
/// Measures a .docx package before it is opened: the number of parts, then each part decompressed into a counting
/// sink (the sizes the ZIP declares can lie), stopping at the first limit passed; the main part is streamed through
/// an XmlReader that counts paragraphs and table cells, so a document too large for the in-memory tree the reader
/// builds is refused before it is built. The cost is bounded by the limits themselves: a decompression bomb is
/// refused in well under a second.
/// </summary>
public static class DocxPackageCheck
{
    public const string MainPart = "word/document.xml";

    public static void Check(byte[] content, ReadLimits limits, CancellationToken ct)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxDocxParts)
            throw new ReadLimitExceededException("parts in the package", limits.MaxDocxParts, nameof(ReadLimits.MaxDocxParts));
        // Declared sizes first: an honest bomb is refused without decompressing anything.
        long declared = 0;
        foreach (var entry in zip.Entries) declared += entry.Length;
        if (declared > limits.MaxDocxDecompressedBytes) throw TotalTooLarge(limits);

        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == MainPart) continue;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    ct.ThrowIfCancellationRequested();
                    total += read;
                    if (total > limits.MaxDocxDecompressedBytes) throw TotalTooLarge(limits);
                }
            }
            if (zip.GetEntry(MainPart) is { } main) CountMainPart(main, limits, limits.MaxDocxDecompressedBytes - total, ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CountMainPart(ZipArchiveEntry entry, ReadLimits limits, long totalLeft, CancellationToken ct)
    {
        const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var counted = new CountingStream(entry.Open(), Math.Min(totalLeft, limits.MaxDocxDocumentBytes), limits, ct);
        using var xml = XmlReader.Create(counted, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        // Paragraphs inside table cells are the cells' text, bounded by the cell count: only the others are paragraphs.
        int paragraphs = 0, cells = 0, cellDepth = 0;
        while (xml.Read())
        {
            if (xml.NamespaceURI != Word || xml.LocalName is not ("p" or "tc")) continue;
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "tc") cellDepth--;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "tc")
            {
                if (++cells > limits.MaxTableCells)
                    throw new ReadLimitExceededException("table cells", limits.MaxTableCells, nameof(ReadLimits.MaxTableCells));
                if (!xml.IsEmptyElement) cellDepth++;
            }
            else if (cellDepth == 0 && ++paragraphs > limits.MaxParagraphs)
                throw new ReadLimitExceededException("paragraphs", limits.MaxParagraphs, nameof(ReadLimits.MaxParagraphs));
        }
    }

    /// <summary>A read-only stream that refuses to give more than <c>max</c> bytes: the main part's size and the package's total.</summary>
    private sealed class CountingStream(Stream inner, long max, ReadLimits limits, CancellationToken ct) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            ct.ThrowIfCancellationRequested();
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > max)
                throw max < limits.MaxDocxDocumentBytes
                    ? TotalTooLarge(limits)
                    : new ReadLimitExceededException($"decompressed size of {MainPart} (bytes)", limits.MaxDocxDocumentBytes, nameof(ReadLimits.MaxDocxDocumentBytes));
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static ReadLimitExceededException TotalTooLarge(ReadLimits limits) =>
        new("decompressed size (bytes)", limits.MaxDocxDecompressedBytes, nameof(ReadLimits.MaxDocxDecompressedBytes));
}
