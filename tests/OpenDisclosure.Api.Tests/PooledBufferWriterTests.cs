using System.Text;
using OpenDisclosure.Api.Lists;

namespace OpenDisclosure.Api.Tests;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Growing_past_the_first_array_keeps_every_byte_in_order()
    {
        var writer = new PooledBufferWriter(16);
        var expected = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            var piece = $"第{i}行,";
            var bytes = Encoding.UTF8.GetBytes(piece);
            bytes.CopyTo(writer.GetSpan(bytes.Length));
            writer.Advance(bytes.Length);
            expected.Append(piece);
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(writer.WrittenMemory.Span));
        Assert.Equal(Encoding.UTF8.GetByteCount(expected.ToString()), writer.WrittenCount);
        writer.Return();
        Assert.Equal(0, writer.WrittenCount);
    }

    [Fact]
    public void Advancing_past_the_space_handed_out_is_refused()
    {
        var writer = new PooledBufferWriter(16);
        var available = writer.GetSpan(4).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(available + 1));
    }
}
