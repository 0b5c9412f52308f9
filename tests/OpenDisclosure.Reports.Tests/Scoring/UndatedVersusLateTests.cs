using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring.Profiles;
using OpenDisclosure.Reports.Tests.Narrative;

namespace OpenDisclosure.Reports.Tests.Scoring;

/// <summary>
/// The real 临淄区 2024 report has no signature date. Signed late (20 February, before the grid's 31 March, and
/// 15 April, after it) it is the same report with one more line: under every shipped profile, leaving the date off
/// never scores better than signing late.
/// </summary>
public class UndatedVersusLateTests
{
    private static ProfileScore Score(ScoringProfile profile, string? signature)
    {
        var text = SeedNarrative.Text("003");
        if (signature is not null) text = text.TrimEnd() + "\n\n临淄区人民政府办公室\n" + signature + "\n";
        var report = ReportCheck.Run(text);
        return ProfileScorer.Score(profile, report.Findings.Concat(CrossYearChecks.Check(null, YearTables.From(report.Report)!)));
    }

    public static TheoryData<string> Profiles() => [.. ScoringProfiles.Shipped.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Undated_never_outscores_late(string id)
    {
        var profile = ScoringProfiles.Shipped.Single(p => p.Id == id);
        var undated = Score(profile, null);
        var lateFebruary = Score(profile, "2025年2月20日");
        var lateApril = Score(profile, "2025年4月15日");
        Assert.True(undated.Uncertain);
        Assert.True(undated.Score <= lateFebruary.Score, $"{id}: undated {undated.Score} > late (Feb) {lateFebruary.Score}");
        Assert.True(undated.Score <= lateApril.Score, $"{id}: undated {undated.Score} > late (Apr) {lateApril.Score}");
    }

    [Fact]
    public void Default_profile_scores_the_pair_with_the_missing_date_costing_what_late_costs_plus_completeness()
    {
        var undated = Score(ScoringProfiles.Default, null);
        var late = Score(ScoringProfiles.Default, "2025年2月20日");
        Assert.Equal(78.8m, undated.Score); // (0 + 23 + 25 + 15) / 80: timeliness lost, the missing date costs completeness 2
        Assert.Equal(81.3m, late.Score);    // (0 + 25 + 25 + 15) / 80
        var timeliness = undated.Items.Single(i => i.Item.Code == "timeliness");
        Assert.Equal(("uncertain", 0m), (timeliness.Status, timeliness.Earned));
        Assert.Equal(CostEffects.UncertainDeducted, timeliness.Findings.Single().Effect);
    }

    [Fact]
    public void City_grid_deducts_only_after_31_March_and_takes_the_uncertain_date_at_its_worst()
    {
        var grid = ScoringProfiles.Shipped.Single(p => p.Id == "city-grid");
        Assert.Equal((1m, 50m), (Score(grid, null).Points, Score(grid, null).Score!.Value));
        Assert.Equal((2m, 100m), (Score(grid, "2025年2月20日").Points, Score(grid, "2025年2月20日").Score!.Value));
        Assert.Equal((1m, 50m), (Score(grid, "2025年4月15日").Points, Score(grid, "2025年4月15日").Score!.Value));
        Assert.Equal(2m, grid.MaxPoints);
    }

    /// <summary>A conservative variant of the grid (a data file a deployment could add) would not deduct the uncertain date:
    /// which is why no shipped profile is conservative about dates.</summary>
    [Fact]
    public void Conservative_deducts_only_failures()
    {
        var grid = ScoringProfiles.Shipped.Single(p => p.Id == "city-grid") with { Id = "grid-conservative", Uncertain = ScoringProfile.Conservative };
        var undated = Score(grid, null);
        Assert.Equal(2m, undated.Points);
        Assert.Equal(CostEffects.Uncertain, undated.Items[0].Findings.Single(f => f.Finding.RuleId == "date.missing").Effect);
        Assert.Equal("uncertain", undated.Items[0].Status);
    }
}
