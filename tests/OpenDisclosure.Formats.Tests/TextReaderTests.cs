using System.Text;

namespace OpenDisclosure.Formats.Tests;

public class TextReaderTests
{
    private static readonly string Seed = Fixture.SeedText();

    [Fact]
    public void Gb18030_file_decodes_to_the_seed_text()
    {
        var result = DocumentReader.Read("linzi.txt", Fixture.Bytes("linzi-2024-gb18030.txt"));

        Assert.Equal(DocumentKind.Text, result.Kind);
        Assert.Equal("gb18030", result.Encoding);
        Assert.Equal(Seed, result.Text);
    }

    [Fact]
    public void Gbk_file_decodes_to_the_seed_text()
    {
        // GBK has no no-break space; the fixture was saved with plain spaces in its place.
        var result = DocumentReader.Read("linzi.txt", Fixture.Bytes("linzi-2024-gbk.txt"));

        Assert.Equal(Seed.Replace('\u00a0', ' '), result.Text);
        Assert.Contains("（七）总计", result.Text);
    }

    public static TheoryData<string, byte[]> Encoded()
    {
        var text = Fixture.SeedText();
        return new()
        {
            { "utf-8", Encoding.UTF8.GetBytes(text) },
            { "utf-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] },
            { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)] },
            { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)] },
            { "utf-8", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")) },
        };
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Every_unicode_form_decodes_to_the_same_text(string encoding, byte[] bytes)
    {
        var result = DocumentReader.Read("linzi.txt", bytes);

        Assert.Equal(DocumentKind.Text, result.Kind);
        Assert.Equal(encoding, result.Encoding);
        Assert.Equal(Seed, result.Text);
    }
}
