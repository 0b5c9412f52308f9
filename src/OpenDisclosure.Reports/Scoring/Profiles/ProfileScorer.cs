using System.Globalization;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Scoring.Profiles;

/// <summary>
/// Scores one report's findings under a <see cref="ScoringProfile"/>. Pure: the caller passes every finding of the
/// report (parse, single-report, narrative, cross-year, similarity) and says which ones a reviewer dismissed.
/// </summary>
public static class ProfileScorer
{
    public static ProfileScore Score(ScoringProfile profile, IEnumerable<Finding> findings, Func<Finding, bool>? dismissed = null)
    {
        var all = findings.ToList();
        var listed = profile.Items.SelectMany(i => i.Rules).Select(r => r.Rule).ToHashSet(StringComparer.Ordinal);
        var items = profile.Items.Select(item => ScoreItem(profile, item, all, listed, dismissed)).ToList();

        var assessed = items.Where(i => i.Earned is not null).ToList();
        var weight = assessed.Sum(i => i.Item.Points);
        var points = assessed.Sum(i => i.Earned!.Value);
        decimal? score = weight == 0 ? null : Math.Round(100m * points / weight, 1, MidpointRounding.AwayFromZero);
        return new ProfileScore(profile, score, points, weight, items);
    }

    private static ItemScore ScoreItem(ScoringProfile profile, ProfileItem item, List<Finding> all, HashSet<string> listed,
        Func<Finding, bool>? dismissed)
    {
        var costs = new List<ItemCost>();
        var spentByGroup = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var notAssessable = false;
        foreach (var finding in all)
        {
            var rule = item.Rules.FirstOrDefault(r => r.Rule == finding.RuleId && Applies(r, finding))
                ?? Unlisted(profile, item, finding, listed);
            if (rule is null) continue;
            if (rule.Outcome == ProfileRule.NotAssessable)
            {
                notAssessable = true;
                costs.Add(new ItemCost(finding, 0, CostEffects.NotAssessable, 0));
                continue;
            }
            var wouldDeduct = finding.Severity == Severity.Info ? 0 : rule.Deduct;
            var effect = wouldDeduct == 0 ? CostEffects.Free
                : dismissed?.Invoke(finding) == true && !profile.DismissedFindingsCost ? CostEffects.Dismissed
                : rule.Outcome switch
                {
                    ProfileRule.Flag => CostEffects.Flagged,
                    ProfileRule.UncertainOutcome => profile.DeductsUncertain ? CostEffects.UncertainDeducted : CostEffects.Uncertain,
                    _ => CostEffects.Deducted,
                };
            var points = effect is CostEffects.Deducted or CostEffects.UncertainDeducted ? wouldDeduct : 0;
            if (rule.Cap is { } cap && points > 0)
            {
                var group = rule.Group ?? rule.Rule;
                var spent = spentByGroup.GetValueOrDefault(group);
                points = Math.Min(points, Math.Max(0, cap - spent));
                spentByGroup[group] = spent + points;
            }
            // Uncertain results mark the item even when they are free (conservative), so nobody reads it as a pass.
            if (rule.Outcome == ProfileRule.UncertainOutcome && effect == CostEffects.Free) effect = CostEffects.Uncertain;
            costs.Add(new ItemCost(finding, points, effect, wouldDeduct));
        }

        if (notAssessable) return new ItemScore(item, null, "not_assessable", costs);
        var earned = Math.Max(0, item.Points - Math.Min(item.MaxDeduction, costs.Sum(c => c.Points)));
        var status = costs.Any(c => c.Effect is CostEffects.Uncertain or CostEffects.UncertainDeducted) ? "uncertain"
            : earned == item.Points ? "passed" : earned == 0 ? "failed" : "reduced";
        return new ItemScore(item, earned, status, costs);
    }

    private static bool Applies(ProfileRule rule, Finding finding) =>
        (!rule.ReportLevelOnly || finding.Location.Row is null)
        && (rule.SignedAfter is not { } monthDay || SignedAfter(finding, monthDay));

    /// <summary>date.late carries the deadline in Expected ("&lt;= 2025-01-31") and the signature date in Actual.</summary>
    private static bool SignedAfter(Finding finding, string monthDay)
    {
        var expected = finding.Expected?.TrimStart('<', '=', ' ');
        if (!DateOnly.TryParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
            || !DateOnly.TryParseExact(finding.Actual, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed))
            return true; // a late finding whose dates cannot be read still counts as late
        var cutoff = DateOnly.ParseExact($"{deadline.Year}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return signed > cutoff;
    }

    /// <summary>A rule no item lists costs the profile's unlisted price in the item of its prefix (or the "*" item), so a new rule is never free by accident.</summary>
    private static ProfileRule? Unlisted(ScoringProfile profile, ProfileItem item, Finding finding, HashSet<string> listed)
    {
        if (profile.UnlistedRules is not { } price || listed.Contains(finding.RuleId)) return null;
        var prefix = finding.RuleId.Split('.')[0];
        var owner = profile.Items.FirstOrDefault(i => i.Prefixes?.Contains(prefix) == true)
            ?? profile.Items.FirstOrDefault(i => i.Prefixes?.Contains("*") == true);
        return !ReferenceEquals(owner, item) ? null
            : new ProfileRule(finding.RuleId, finding.Severity == Severity.Error ? price.Error : price.Warning);
    }
}
