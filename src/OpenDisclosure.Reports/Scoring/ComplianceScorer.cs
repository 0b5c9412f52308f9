using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Scoring;

/// <summary>A finding and what it cost.</summary>
public sealed record ScoredFinding(Finding Finding, ComplianceComponent Component, int Points);

/// <summary>One component of a score. <see cref="Earned"/> is null when the component is unknown or not assessable.</summary>
/// <param name="Status">"passed", "reduced", "failed", "unknown" (timeliness without a date) or "not_assessable".</param>
public sealed record ComponentScore(ComponentWeight Weight, decimal? Earned, string Status, IReadOnlyList<ScoredFinding> Findings);

/// <summary>A report's score: <see cref="Total"/> is 0–100 over <see cref="AssessedWeight"/> points, null when nothing could be assessed.</summary>
public sealed record ComplianceScore(decimal? Total, int AssessedWeight, IReadOnlyList<ComponentScore> Components)
{
    /// <summary>The findings that cost points, most expensive first.</summary>
    public IEnumerable<ScoredFinding> Costs => Components.SelectMany(c => c.Findings).Where(f => f.Points > 0).OrderByDescending(f => f.Points);
}

/// <summary>
/// Scores one report from its findings (parse, single-report rules, narrative and cross-year). The cross-year findings
/// must be included: with no previous report the cross-year check yields crossyear.not_assessable, which is what marks
/// continuity as not assessable; a missing cross-year pass would otherwise look like a pass.
/// </summary>
public static class ComplianceScorer
{
    public static ComplianceScore Score(IEnumerable<Finding> findings)
    {
        var scored = findings.Select(f =>
        {
            var cost = ComplianceWeights.CostOf(f);
            return new ScoredFinding(f, cost.Component, cost.Points);
        }).ToList();

        var components = ComplianceWeights.Components.Select(w =>
        {
            var mine = scored.Where(s => s.Component == w.Component).ToList();
            if (!Assessable(w.Component, scored, out var status))
                return new ComponentScore(w, null, status, mine);
            var earned = Math.Max(0, w.Weight - mine.Sum(s => s.Points));
            status = earned == w.Weight ? "passed" : earned == 0 ? "failed" : "reduced";
            return new ComponentScore(w, earned, status, mine);
        }).ToList();

        var assessed = components.Where(c => c.Earned is not null).ToList();
        var weight = assessed.Sum(c => c.Weight.Weight);
        decimal? total = weight == 0 ? null : Math.Round(100m * assessed.Sum(c => c.Earned!.Value) / weight, 1, MidpointRounding.AwayFromZero);
        return new ComplianceScore(total, weight, components);
    }

    private static bool Assessable(ComplianceComponent component, List<ScoredFinding> all, out string status)
    {
        status = "";
        switch (component)
        {
            case ComplianceComponent.Timeliness when all.Any(s => s.Finding.RuleId == "date.missing"):
                status = "unknown";
                return false;
            // Only the report-level not_assessable (no previous report) removes the component; a partial one (e.g. the
            // previous report used the 2019 template) leaves the other cross-year checks counting.
            case ComplianceComponent.Continuity when all.Any(s => s.Finding.RuleId == "crossyear.not_assessable" && s.Finding.Location.Row is null):
                status = "not_assessable";
                return false;
            default:
                return true;
        }
    }
}
