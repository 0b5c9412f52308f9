using System.Text;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

public sealed class ReportTextTests
{
    private static readonly string Linzi = File.ReadAllText(Path.Combine(SeedReports.Folder, SeedReports.Linzi), Encoding.UTF8);

    private static string? Decode(byte[] bytes) => ReportText.Decode(new ReportSource("x.txt", bytes)).Text;

    [Fact]
    public void Utf8_with_and_without_bom_decodes_to_the_same_text()
    {
        var plain = Encoding.UTF8.GetBytes(Linzi);
        Assert.Equal(Linzi, Decode(plain));
        Assert.Equal(Linzi, Decode([0xEF, 0xBB, 0xBF, .. plain]));
    }

    [Fact]
    public void Utf16_with_bom_decodes()
    {
        Assert.Equal(Linzi, Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Linzi)]));
        Assert.Equal(Linzi, Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Linzi)]));
    }

    [Fact]
    public void Gb18030_bytes_are_recognised_when_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(Linzi);
        Assert.NotEqual(Encoding.UTF8.GetBytes(Linzi), gb);

        Assert.Equal(Linzi, Decode(gb));
    }

    [Fact]
    public void Bytes_that_are_no_known_encoding_give_an_error_not_an_exception()
    {
        // 0x80 is neither a UTF-8 lead byte nor a valid GB18030 lead byte.
        var (text, error) = ReportText.Decode(new ReportSource("x.txt", [0x80, 0x80, 0x80, 0xFF]));

        Assert.Null(text);
        Assert.Contains("GB18030", error);
    }
}
