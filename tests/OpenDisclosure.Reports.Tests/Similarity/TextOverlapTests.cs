using OpenDisclosure.Reports.Similarity;
using OpenDisclosure.Reports.Tests.Narrative;

namespace OpenDisclosure.Reports.Tests.Similarity;

public class TextOverlapTests
{
    private static Shingles Of(params (int Section, string Text)[] sections) => Shingles.Of(ComparableText.Of(sections));

    private static ComparableText Linzi() => ComparableText.Of(ReportCheck.Run(SeedNarrative.Text("003")).Report);

    [Fact]
    public void Digits_punctuation_and_spaces_do_not_make_text_different()
    {
        var a = Of((1, "2024年，本机关共收到申请12件，同比下降55.55%。"));
        var b = Of((1, "2025年, 本机关 共收到申请 7 件。同比下降 1.5%"));
        Assert.Equal(1m, TextOverlap.Measure(a, b).Share);
        Assert.Equal("0年本机关共收到申请0件同比下降0", new string(a.Text.Chars));
    }

    [Fact]
    public void Share_is_the_part_of_the_first_text_found_in_the_second_per_section_too()
    {
        const string kept = "加强政府信息公开平台建设持续优化政府门户网站栏目设置";   // 26 characters
        const string other = "深入推进政务公开标准化规范化建设提升基层政务公开水平";    // 26 characters
        var a = Of((1, kept), (5, other));
        var b = Of((1, kept), (5, "完全不同的一段文字内容用于测试比较结果是否准确无误的情况"));
        var overlap = TextOverlap.Measure(a, b);
        Assert.Equal(0.5m, overlap.Share);
        Assert.Equal([(1, 1m), (5, 0m)], overlap.Sections.Select(s => (s.Section, s.Share)));
        Assert.Equal([kept], overlap.Passages);
    }

    [Fact]
    public void Real_report_against_itself_and_its_signature()
    {
        var linzi = Shingles.Of(Linzi());
        Assert.Equal(1m, TextOverlap.Measure(linzi, linzi).Share);
        Assert.True(linzi.Text.Length > TextOverlap.MinCharacters);
        var signature = MinHash.Signature(linzi);
        Assert.Equal(signature, MinHash.Decode(MinHash.Encode(signature)));
        Assert.Equal(1.0, MinHash.Estimate(signature, signature));
        var other = MinHash.Signature(Shingles.Of(ComparableText.Of(ReportCheck.Run(SeedNarrative.Text("000")).Report)));
        Assert.True(MinHash.Estimate(signature, other) < 0.2);
    }

    [Fact]
    public void Finding_only_above_half_and_names_the_other_report()
    {
        var a = Shingles.Of(Linzi());
        var overlap = TextOverlap.Measure(a, a);
        var finding = SimilarityRules.Check(new TextMatch(MatchKinds.PreviousYear, 7, "临淄区人民政府办公室 2023", overlap))!;
        Assert.Equal(("similarity.copied", "previous_year", "100%"), (finding.RuleId, finding.Location.Row, finding.Actual));
        Assert.Contains("临淄区人民政府办公室 2023", finding.MessageZh);
        Assert.Null(SimilarityRules.Check(new TextMatch(MatchKinds.SameYear, 7, "x", overlap with { Share = 0.5m })));
    }
}
