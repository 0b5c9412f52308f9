using System.Buffers;
using System.Buffers.Text;
using System.IO.Pipelines;
using System.Text;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// A minimal RFC 4180 writer straight into the response pipe: UTF-8, comma separator, CRLF, a field quoted only
/// when it holds a comma, quote, CR or LF (quotes doubled); null writes an empty field. Hand-written rather than
/// CsvHelper because the format is this small and writing UTF-8 bytes into the pipe avoids a TextWriter, string
/// allocation per number and sync-over-async flushing; it is what keeps a whole-year export close to sqlite3 speed.
/// </summary>
public sealed class CsvWriter(PipeWriter pipe)
{
    private const int FlushThreshold = 32 * 1024;
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private bool _rowStarted;
    private long _unflushed;

    public void Preamble(bool bom)
    {
        if (bom) Raw([0xEF, 0xBB, 0xBF]);
    }

    public void Field(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            Text(value);
            return;
        }
        Raw("\""u8);
        Text(value.Replace("\"", "\"\""));
        Raw("\""u8);
    }

    public void Field(long? value)
    {
        Separator();
        if (value is not { } v) return;
        var span = pipe.GetSpan(24);
        Utf8Formatter.TryFormat(v, span, out var written);
        Advance(written);
    }

    public void Field(decimal? value)
    {
        Separator();
        if (value is not { } v) return;
        var span = pipe.GetSpan(48);
        Utf8Formatter.TryFormat(v, span, out var written);
        Advance(written);
    }

    public void Field(DateOnly? value) => Field(value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public void EndRow()
    {
        Raw("\r\n"u8);
        _rowStarted = false;
    }

    /// <summary>Flushes once enough bytes are buffered, so memory stays flat however many rows follow.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken ct)
    {
        if (_unflushed < FlushThreshold) return;
        _unflushed = 0;
        await pipe.FlushAsync(ct);
    }

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        _unflushed = 0;
        await pipe.FlushAsync(ct);
    }

    private void Separator()
    {
        if (_rowStarted) Raw(","u8);
        _rowStarted = true;
    }

    private void Text(string value)
    {
        var span = pipe.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        Advance(Encoding.UTF8.GetBytes(value, span));
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(pipe.GetSpan(bytes.Length));
        Advance(bytes.Length);
    }

    private void Advance(int count)
    {
        pipe.Advance(count);
        _unflushed += count;
    }
}
