using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>The one-pass word search the table readers use on labels: same answers as a Contains per word.</summary>
public class MarkSetTests
{
    private static readonly MarkSet Review = new("行政复议", "行政诉讼", "复议后起诉", "维持", "纠正");

    [Theory]
    [InlineData("行政复议", true)]
    [InlineData("结果维持", true)]
    [InlineData("未经复议直接起诉", false)] // 复议 alone is not a word of the set
    [InlineData("复议后起诉", true)]
    [InlineData("行政", false)] // a word's first characters only
    [InlineData("其他结果纠", false)]
    [InlineData("其他结果纠正", true)] // at the very end
    [InlineData("", false)]
    [InlineData("0", false)]
    public void Finds_a_word_wherever_it_stands(string text, bool expected)
    {
        Assert.Equal(expected, Review.In(text));
        Assert.Equal(expected, new[] { "行政复议", "行政诉讼", "复议后起诉", "维持", "纠正" }.Any(w => text.Contains(w, StringComparison.Ordinal)));
    }

    [Fact]
    public void Words_sharing_a_first_character_are_all_tried()
    {
        var marks = new MarkSet("本年新收", "本年制发件数", "本年");
        Assert.True(marks.In("本年制发件数"));
        Assert.True(marks.In("一、本年新收政府信息公开申请数量"));
        Assert.True(marks.In("本年收费金额")); // only 本年 matches
        Assert.False(marks.In("上年结转"));
    }

    [Fact]
    public void Characters_64_apart_do_not_share_a_bitmap_bit()
    {
        // 'A' (0x41) and 0x81 fall on the same bit position of different 64-bit words.
        var marks = new MarkSet("A");
        Assert.False(marks.In("\u0081\u0001"));
        Assert.True(marks.In("xA"));
    }

    [Fact]
    public void An_empty_word_is_refused() => Assert.Throws<ArgumentException>(() => new MarkSet("规章", ""));
}
