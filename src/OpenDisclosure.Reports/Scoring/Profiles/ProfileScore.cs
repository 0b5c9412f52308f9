using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Scoring.Profiles;

/// <summary>What a finding did to an item.</summary>
public static class CostEffects
{
    /// <summary>Deducted as a failure.</summary>
    public const string Deducted = "deducted";
    /// <summary>Uncertain (an unreadable date) and deducted: the profile is strict.</summary>
    public const string UncertainDeducted = "uncertain_deducted";
    /// <summary>Uncertain and not deducted: the profile is conservative.</summary>
    public const string Uncertain = "uncertain";
    /// <summary>Flagged for a person to confirm, never deducted; <see cref="ItemCost.WouldDeduct"/> says what confirming it means.</summary>
    public const string Flagged = "flagged";
    /// <summary>A reviewer dismissed it and the profile lets dismissed findings go free.</summary>
    public const string Dismissed = "dismissed";
    /// <summary>It takes the item out of the score (continuity without the previous year).</summary>
    public const string NotAssessable = "not_assessable";
    /// <summary>Counted but free (info findings, rules priced at 0).</summary>
    public const string Free = "free";
}

/// <summary>A finding, the points it cost its item and why.</summary>
public sealed record ItemCost(Finding Finding, decimal Points, string Effect, decimal WouldDeduct);

/// <summary>One item's result. <see cref="Earned"/> is null when the item is not assessable.</summary>
/// <param name="Status">passed, reduced, failed, uncertain (an uncertain finding is in it) or not_assessable.</param>
public sealed record ItemScore(ProfileItem Item, decimal? Earned, string Status, IReadOnlyList<ItemCost> Findings);

/// <summary>A report scored under one profile.</summary>
/// <param name="Score">0–100: 100 × <see cref="Points"/> ÷ <see cref="AssessedPoints"/>, one decimal; null when nothing could be assessed.</param>
/// <param name="Points">Points earned, on the grid's own scale (e.g. out of 2).</param>
/// <param name="AssessedPoints">The points of the items that could be assessed.</param>
public sealed record ProfileScore(ScoringProfile Profile, decimal? Score, decimal Points, decimal AssessedPoints, IReadOnlyList<ItemScore> Items)
{
    public IEnumerable<ItemCost> Costs => Items.SelectMany(i => i.Findings).Where(f => f.Points > 0).OrderByDescending(f => f.Points);

    public IEnumerable<ItemCost> Flagged => Items.SelectMany(i => i.Findings).Where(f => f.Effect == CostEffects.Flagged);

    public bool Uncertain => Items.Any(i => i.Status == "uncertain");
}
