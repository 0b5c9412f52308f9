namespace OpenDisclosure.Reports.Scoring.Profiles;

/// <summary>
/// A scoring grid (评估细则) as data: items worth points, the rules each item reads and what one finding of each
/// costs. Loaded from JSON (data/profiles/*.json); <see cref="ScoringProfiles"/> lists the shipped ones.
/// </summary>
/// <param name="Uncertain">How uncertain results count: <c>strict</c> deducts them like failures, <c>conservative</c> deducts only failures.</param>
/// <param name="DismissedFindingsCost">Whether a finding a reviewer dismissed still costs points.</param>
/// <param name="UnlistedRules">What a rule no item lists costs (in the item whose prefixes match it); null: nothing.</param>
public sealed record ScoringProfile(
    string Id,
    string NameZh,
    string NameEn,
    string Description,
    string Uncertain,
    bool DismissedFindingsCost,
    IReadOnlyList<ProfileItem> Items,
    UnlistedRuleCost? UnlistedRules = null)
{
    public const string Strict = "strict";
    public const string Conservative = "conservative";

    public bool DeductsUncertain => Uncertain == Strict;

    public decimal MaxPoints => Items.Sum(i => i.Points);
}

/// <summary>An item of the grid: worth <see cref="Points"/>, deductions stop at <see cref="Cap"/> (default: the points).</summary>
/// <param name="Prefixes">Rule-id prefixes ("table3", or "*" for any) whose unlisted rules this item prices.</param>
public sealed record ProfileItem(
    string Code,
    string NameZh,
    string NameEn,
    decimal Points,
    string How,
    IReadOnlyList<ProfileRule> Rules,
    decimal? Cap = null,
    IReadOnlyList<string>? Prefixes = null)
{
    public decimal MaxDeduction => Cap ?? Points;
}

/// <summary>What one finding of <see cref="Rule"/> does to its item.</summary>
/// <param name="Outcome"><c>fail</c> deducts; <c>uncertain</c> deducts only under a strict profile; <c>flag</c> never deducts
/// (a person confirms it); <c>not_assessable</c> takes the item out of the score.</param>
/// <param name="Cap">The most this rule (or its <see cref="Group"/>) deducts in total; null: no own cap.</param>
/// <param name="Group">Rules sharing one cap ("data seriously inconsistent" counts once however many rules show it).</param>
/// <param name="ReportLevelOnly">Only findings about the whole report (no table row) count.</param>
/// <param name="SignedAfter">For date.late: only when signed after this month-day ("03-31") of the year after the report's.</param>
public sealed record ProfileRule(
    string Rule,
    decimal Deduct,
    string Outcome = ProfileRule.Fail,
    decimal? Cap = null,
    string? Group = null,
    bool ReportLevelOnly = false,
    string? SignedAfter = null)
{
    public const string Fail = "fail";
    public const string UncertainOutcome = "uncertain";
    public const string Flag = "flag";
    public const string NotAssessable = "not_assessable";

    public static readonly IReadOnlyList<string> Outcomes = [Fail, UncertainOutcome, Flag, NotAssessable];
}

/// <summary>Points per error and per warning finding of a rule no item lists.</summary>
public sealed record UnlistedRuleCost(decimal Error, decimal Warning);
