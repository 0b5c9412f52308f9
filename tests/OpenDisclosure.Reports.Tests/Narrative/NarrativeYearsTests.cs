using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>Which sentences speak about another year than the report's (their numbers are then not compared).</summary>
public class NarrativeYearsTests
{
    [Theory]
    [InlineData("2023年共收到政府信息公开申请27件。", 2024, true)]
    [InlineData("2024年共收到政府信息公开申请12件。", 2024, false)]
    [InlineData("本年度收到申请12件，较2023年下降55.55%。", 2024, false)] // 较2023年 compares, it is not about 2023
    [InlineData("与2023年相比有所下降，1998年设立。", 2024, true)] // the second mention counts
    [InlineData("2024年收到12件，2023年收到27件。", 2024, true)]
    [InlineData("共收到申请12件。", 2024, false)]
    [InlineData("2023 年", 2024, false)] // no space allowed between the digits and 年
    [InlineData("1899年", 2024, false)] // 19xx and 20xx only
    [InlineData("12023年", 2024, true)] // read as 2023, as the pattern did
    [InlineData("年", 2024, false)]
    [InlineData("2023", 2024, false)]
    public void Reads_year_mentions(string text, int year, bool expected) =>
        Assert.Equal(expected, NarrativeYears.MentionsOtherYear(text, year));
}
