using System.Buffers;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// A growable byte buffer on arrays rented from the shared pool, for a response that must be built whole before it is
/// sent (see <see cref="JsonPage{T}"/>). A fresh 16–64 KB array per request made the hot lists allocate ~100 KB a
/// request: under wrk the findings list spent more time waiting for the collections that caused than writing JSON.
/// </summary>
public sealed class PooledBufferWriter(int initialCapacity) : IBufferWriter<byte>
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public int WrittenCount => _written;

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length) throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    // Ensure first, then read _buffer: it may have been replaced by a bigger array.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Ensure(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Ensure(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Gives the array back to the pool; the writer is empty afterwards.</summary>
    public void Return()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    private int Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _written).CopyTo(bigger);
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        return _written;
    }
}
