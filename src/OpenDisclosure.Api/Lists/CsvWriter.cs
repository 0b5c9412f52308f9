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
    // Rows are assembled in a private buffer and handed to the pipe in large blocks: calling the pipe for every
    // comma and digit costs more than the database read itself.
    private const int BufferSize = 64 * 1024;
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<byte> NeedsQuotesUtf8 = SearchValues.Create(",\"\r\n"u8);
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private bool _rowStarted;

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Starts a CSV download: content type, attachment file name, optional BOM and the header row.</summary>
    public static CsvWriter ForResponse(HttpResponse response, string fileName, bool bom, IEnumerable<string> headers)
    {
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.csv\"";
        var csv = new CsvWriter(response.BodyWriter);
        csv.Preamble(bom);
        foreach (var header in headers) csv.Field(header);
        csv.EndRow();
        return csv;
    }

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

    /// <summary>A text field already in UTF-8 (as SQLite stores it), under the same quoting rule as a string.</summary>
    public void Field(ReadOnlySpan<byte> utf8)
    {
        Separator();
        if (utf8.IndexOfAny(NeedsQuotesUtf8) < 0)
        {
            Bytes(utf8);
            return;
        }
        Raw("\""u8);
        // The quote byte never occurs inside a multi-byte UTF-8 sequence, so splitting at it keeps characters whole.
        for (var quote = utf8.IndexOf((byte)'"'); quote >= 0; quote = utf8.IndexOf((byte)'"'))
        {
            Bytes(utf8[..(quote + 1)]);
            Raw("\""u8);
            utf8 = utf8[(quote + 1)..];
        }
        Bytes(utf8);
        Raw("\""u8);
    }

    public void Field(long? value)
    {
        Separator();
        if (value is { } v) Number(v);
    }

    public void Field(long value)
    {
        Separator();
        Number(value);
    }

    public void Field(decimal? value)
    {
        Separator();
        if (value is not { } v) return;
        Utf8Formatter.TryFormat(v, Reserve(48), out var written);
        _position += written;
    }

    public void Field(DateOnly? value) => Field(value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>As the JSON of the same item writes it (ISO 8601, fractional seconds without trailing zeros).</summary>
    public void Field(DateTime value) => Field(System.Text.Json.JsonSerializer.Serialize(value)[1..^1]);

    public void EndRow()
    {
        Raw("\r\n"u8);
        _rowStarted = false;
    }

    /// <summary>True once half the buffer is used: the moment to hand it to the pipe and flush.</summary>
    public bool IsHalfFull => _position >= BufferSize / 2;

    /// <summary>Passes the buffer on once it is mostly full, so memory stays flat however many rows follow.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken ct)
    {
        if (!IsHalfFull) return;
        await FlushAsync(ct);
    }

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        Hand();
        await pipe.FlushAsync(ct);
    }

    private void Separator()
    {
        if (_rowStarted) Raw(","u8);
        _rowStarted = true;
    }

    private void Text(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > BufferSize)
        {
            Hand();
            var span = pipe.GetSpan(max);
            pipe.Advance(Encoding.UTF8.GetBytes(value, span));
            return;
        }
        _position += Encoding.UTF8.GetBytes(value, Reserve(max));
    }

    private void Number(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(24), out var written);
        _position += written;
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= BufferSize)
        {
            Raw(bytes);
            return;
        }
        Hand();
        pipe.Write(bytes);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _position += bytes.Length;
    }

    /// <summary>Room for <paramref name="size"/> bytes (at most the buffer size) at the current position.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_position + size > BufferSize) Hand();
        return _buffer.AsSpan(_position);
    }

    /// <summary>Copies the buffered bytes into the pipe (without flushing it).</summary>
    private void Hand()
    {
        if (_position == 0) return;
        pipe.Write(_buffer.AsSpan(0, _position));
        _position = 0;
    }
}
