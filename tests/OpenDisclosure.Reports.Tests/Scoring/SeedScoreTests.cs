using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Tests.Narrative;

namespace OpenDisclosure.Reports.Tests.Scoring;

/// <summary>The five seeds scored alone (no previous year loaded, so continuity is not assessable).</summary>
public class SeedScoreTests
{
    private static ComplianceScore Score(string seed)
    {
        var checkedReport = ReportCheck.Run(SeedNarrative.Text(seed));
        var crossYear = CrossYearChecks.Check(null, YearTables.From(checkedReport.Report)!);
        return ComplianceScorer.Score(checkedReport.Findings.Concat(crossYear));
    }

    private static string Status(ComplianceScore score, string code) => score.Components.Single(c => c.Weight.Code == code).Status;

    [Fact]
    public void Taierzhuang_office_2024_signed_on_time_with_nothing_wrong_scores_100_over_80()
    {
        var score = Score("000");
        Assert.Equal(100m, score.Total);
        Assert.Equal(80, score.AssessedWeight);
        Assert.Equal("passed", Status(score, "timeliness"));
        Assert.Equal("not_assessable", Status(score, "continuity"));
    }

    [Fact]
    public void Taierzhuang_commerce_2023_loses_narrative_points_for_the_proposal_contradiction()
    {
        var score = Score("001");
        Assert.Equal(93.8m, score.Total); // (15 + 25 + 25 + 10) / 80
        var cost = Assert.Single(score.Costs);
        Assert.Equal("narrative.contradiction", cost.Finding.RuleId);
        Assert.Equal(5, cost.Points);
    }

    [Theory]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Undated_seeds_are_uncertain_on_timeliness_at_the_cost_of_late_and_lose_the_date_in_completeness(string seed)
    {
        var score = Score(seed);
        Assert.Equal("uncertain", Status(score, "timeliness"));
        Assert.Equal(80, score.AssessedWeight);
        Assert.Equal(78.8m, score.Total); // (0 + 23 + 25 + 15) / 80
        Assert.Equal([("date.missing", 15), ("date.missing", 2)], score.Costs.Select(c => (c.Finding.RuleId, c.Points)));
    }
}
