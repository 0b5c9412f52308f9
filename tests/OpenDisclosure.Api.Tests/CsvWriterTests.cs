using System.IO.Pipelines;
using System.Text;
using OpenDisclosure.Api.Lists;

namespace OpenDisclosure.Api.Tests;

public sealed class CsvWriterTests
{
    [Fact]
    public async Task Quotes_only_fields_that_need_it_and_ends_rows_with_crlf()
    {
        var text = await Write(csv =>
        {
            csv.Field("plain");
            csv.Field("a,b");
            csv.Field("say \"hi\"");
            csv.Field("two\nlines");
            csv.Field((string?)null);
            csv.Field(-12L);
            csv.Field(12.5m);
            csv.Field((long?)null);
            csv.EndRow();
            csv.Field("临淄");
            csv.EndRow();
        });

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,-12,12.5,\r\n临淄\r\n", text);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("a,b")]
    [InlineData("say \"hi\"")]
    [InlineData("\"")]
    [InlineData("\"\"x\"")]
    [InlineData("two\r\nlines")]
    [InlineData("临淄区,\"人民\"政府")]
    public async Task Utf8_fields_are_written_exactly_like_strings(string value)
    {
        var fromString = await Write(csv =>
        {
            csv.Field(value);
            csv.Field(value);
            csv.EndRow();
        });
        var fromUtf8 = await Write(csv =>
        {
            csv.Field(Encoding.UTF8.GetBytes(value));
            csv.Field(Encoding.UTF8.GetBytes(value).AsSpan());
            csv.EndRow();
        });

        Assert.Equal(fromString, fromUtf8);
    }

    [Fact]
    public async Task A_utf8_field_longer_than_the_buffer_is_written_whole()
    {
        var value = string.Concat(Enumerable.Repeat("临淄,\"", 20_000));

        var text = await Write(csv =>
        {
            csv.Field(1L);
            csv.Field(Encoding.UTF8.GetBytes(value));
            csv.EndRow();
        });

        Assert.Equal("1,\"" + value.Replace("\"", "\"\"") + "\"\r\n", text);
    }

    private static async Task<string> Write(Action<CsvWriter> write)
    {
        var stream = new MemoryStream();
        var pipe = PipeWriter.Create(stream);
        var csv = new CsvWriter(pipe);
        write(csv);
        await csv.FlushAsync(CancellationToken.None);
        await pipe.CompleteAsync();
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
