using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.Tests.Narrative;

public class PercentToleranceTests
{
    private static StatedPercent P(string text)
    {
        var dot = text.IndexOf('.');
        return new StatedPercent(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), dot < 0 ? 0 : text.Length - dot - 1, text + "%");
    }

    // 临淄区 2024: 予以公开5, 部分公开6, 无法提供3 of 14 processed, printed 35.71%, 42.85%, 21.44%.
    [Theory]
    [InlineData(5, 14, "35.71")] // rounded
    [InlineData(6, 14, "42.85")] // truncated (42.857…)
    [InlineData(6, 14, "42.86")] // rounded
    [InlineData(3, 14, "21.44")] // one unit above 21.43, nudged so the shares sum to 100
    [InlineData(0, 14, "0")]
    [InlineData(5, 14, "36")] // whole percent, rounded
    public void Agrees_within_one_unit_of_rounding_or_truncation(long part, long whole, string stated) =>
        Assert.True(PercentTolerance.Agrees(P(stated), PercentTolerance.Share(part, whole)!.Value));

    [Theory]
    [InlineData(3, 14, "21.46")] // two units off
    [InlineData(5, 14, "35.69")]
    [InlineData(5, 14, "42.86")] // the share of a different count
    [InlineData(5, 14, "38")]
    public void Disagrees_beyond_one_unit(long part, long whole, string stated) =>
        Assert.False(PercentTolerance.Agrees(P(stated), PercentTolerance.Share(part, whole)!.Value));

    [Fact]
    public void Zero_denominator_has_no_share() => Assert.Null(PercentTolerance.Share(0, 0));
}
