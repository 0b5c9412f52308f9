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
