using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.Scoring;

public class ComplianceScorerTests
{
    private static Finding F(string rule, Severity severity = Severity.Warning, string? row = null) =>
        new(rule, severity, "", "", new FindingLocation(Row: row));

    private static readonly Finding NoPreviousYear = F("crossyear.not_assessable", Severity.Info);

    [Fact]
    public void Weights_add_up_to_100_and_every_cost_names_a_component_of_its_prefix()
    {
        Assert.Equal(100, ComplianceWeights.Components.Sum(c => c.Weight));
        Assert.Equal(ComplianceWeights.Costs.Count, ComplianceWeights.Costs.Select(c => (c.RuleId, c.Component)).Distinct().Count());
    }

    [Fact]
    public void Clean_report_with_a_previous_year_scores_100()
    {
        var score = ComplianceScorer.Score([]);
        Assert.Equal(100m, score.Total);
        Assert.Equal(100, score.AssessedWeight);
        Assert.All(score.Components, c => Assert.Equal("passed", c.Status));
    }

    [Fact]
    public void Without_previous_year_continuity_leaves_the_denominator()
    {
        var score = ComplianceScorer.Score([NoPreviousYear, F("narrative.contradiction")]);
        Assert.Equal(80, score.AssessedWeight);
        Assert.Equal("not_assessable", score.Components.Single(c => c.Weight.Code == "continuity").Status);
        Assert.Equal(93.8m, score.Total); // (80 − 5) / 80
        Assert.Equal("narrative.contradiction", Assert.Single(score.Costs).Finding.RuleId);
    }

    [Fact]
    public void Unknown_date_costs_what_late_costs_and_completeness_too()
    {
        var unknown = ComplianceScorer.Score([F("date.missing")]);
        var late = ComplianceScorer.Score([F("date.late")]);
        Assert.Equal("uncertain", unknown.Components[0].Status);
        Assert.Equal(0m, unknown.Components[0].Earned);
        Assert.Equal(100, unknown.AssessedWeight);
        Assert.Equal(83m, unknown.Total); // strict: (0 + 23 + 25 + 20 + 15) / 100
        Assert.Equal(23m, unknown.Components.Single(c => c.Weight.Code == "completeness").Earned);
        Assert.Equal("failed", late.Components[0].Status);
        Assert.Equal(85m, late.Total);
    }

    [Fact]
    public void Costs_stop_at_the_component_weight_and_info_is_free()
    {
        var findings = Enumerable.Range(0, 10).Select(_ => F("table3.balance", Severity.Error))
            .Append(F("narrative.table_mismatch", Severity.Info)).ToList();
        var score = ComplianceScorer.Score(findings);
        var consistency = score.Components.Single(c => c.Weight.Code == "consistency");
        Assert.Equal(0m, consistency.Earned);
        Assert.Equal("failed", consistency.Status);
        Assert.Equal("passed", score.Components.Single(c => c.Weight.Code == "narrative").Status);
        Assert.Equal(75m, score.Total);
    }

    [Fact]
    public void Partial_not_assessable_keeps_continuity_assessed()
    {
        var score = ComplianceScorer.Score([F("crossyear.not_assessable", Severity.Info, row: "normativeDocuments.inForce"), F("crossyear.carry_over", Severity.Error)]);
        var continuity = score.Components.Single(c => c.Weight.Code == "continuity");
        Assert.Equal(15m, continuity.Earned);
        Assert.Equal(95m, score.Total);
    }
}
