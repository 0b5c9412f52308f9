using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>The narrative rules on the five parsed seed reports (through <see cref="ReportCheck"/>).</summary>
public class SeedNarrativeFindingsTests
{
    private static List<Finding> Narrative(string seed) =>
        ReportCheck.Run(SeedNarrative.Text(seed)).Findings.Where(f => f.RuleId.StartsWith("narrative.")).ToList();

    [Fact]
    public void Taierzhuang_commerce_bureau_2023_proposals_2_vs_6_is_the_only_narrative_finding()
    {
        var finding = Assert.Single(Narrative("001"));
        Assert.Equal("narrative.contradiction", finding.RuleId);
        Assert.Equal("2", finding.Expected);
        Assert.Equal("6", finding.Actual);
        Assert.Equal(6, finding.Location.Section);
        Assert.Contains("第一部分：「全年共收到市级政协提案2件、区级政协提案3件。」", finding.Evidence);
        Assert.Contains("第六部分：「3.区商务和投资促进局全年共收到市级政协提案6件、区级政协提案3件。」", finding.Evidence);
    }

    /// <summary>
    /// 000 states 收到4件/予以公开1件/部分公开3件/no review or lawsuit; 002 收到0件 and 行政诉讼0件; 003 (临淄区) states twelve
    /// numbers and four shares, among them 予以公开5件占35.71% and 无法提供3件占21.44% of 14; 004 收到5件/无法提供1件/予以公开3件/
    /// 部分公开1件. All agree with their tables: no narrative finding at any severity.
    /// </summary>
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Other_seeds_have_no_narrative_finding(string seed) => Assert.Empty(Narrative(seed));

    [Fact]
    public void Linzi_2024_table_holds_the_values_its_text_states()
    {
        // Guards the test above: the agreement is real, not the tables failing to parse.
        var report = ReportCheck.Run(SeedNarrative.Text("003")).Report;
        Assert.Equal(14, report.Requests!["total_processed", Model.ApplicantColumn.Total].Count);
        Assert.Equal(5, report.Requests["granted", Model.ApplicantColumn.Total].Count);
        Assert.Equal(3, report.Requests["unavailable_not_held", Model.ApplicantColumn.Total].Count);
        Assert.Equal(12, report.Requests["new_requests", Model.ApplicantColumn.Total].Count);
    }
}
