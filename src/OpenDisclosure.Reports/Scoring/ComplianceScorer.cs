using OpenDisclosure.Reports.Scoring.Profiles;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Scoring;

/// <summary>A finding and what it cost.</summary>
public sealed record ScoredFinding(Finding Finding, ComplianceComponent Component, int Points);

/// <summary>One component of a score. <see cref="Earned"/> is null when the component is not assessable.</summary>
/// <param name="Status">"passed", "reduced", "failed", "uncertain" (timeliness without a date) or "not_assessable".</param>
public sealed record ComponentScore(ComponentWeight Weight, decimal? Earned, string Status, IReadOnlyList<ScoredFinding> Findings);

/// <summary>A report's score: <see cref="Total"/> is 0–100 over <see cref="AssessedWeight"/> points, null when nothing could be assessed.</summary>
public sealed record ComplianceScore(decimal? Total, int AssessedWeight, IReadOnlyList<ComponentScore> Components)
{
    /// <summary>The findings that cost points, most expensive first.</summary>
    public IEnumerable<ScoredFinding> Costs => Components.SelectMany(c => c.Findings).Where(f => f.Points > 0).OrderByDescending(f => f.Points);
}

/// <summary>
/// Scores one report from its findings under the default profile (the figures the store keeps for /compliance).
/// The cross-year findings must be included: with no previous report the cross-year check yields
/// crossyear.not_assessable, which is what marks continuity as not assessable; a missing cross-year pass would
/// otherwise look like a pass.
/// </summary>
public static class ComplianceScorer
{
    public static ComplianceScore Score(IEnumerable<Finding> findings, Func<Finding, bool>? dismissed = null)
    {
        var score = ProfileScorer.Score(ScoringProfiles.Default, findings, dismissed);
        var components = score.Items.Zip(ComplianceWeights.Components, (item, weight) => new ComponentScore(weight, item.Earned, item.Status,
            item.Findings.Select(f => new ScoredFinding(f.Finding, weight.Component, (int)f.Points)).ToList())).ToList();
        return new ComplianceScore(score.Score, (int)score.AssessedPoints, components);
    }
}
