namespace OpenDisclosure.Data.Contracts;

/// <summary>One report's score under a profile, item by item (the default profile's items are its five components), with the findings behind each.</summary>
/// <param name="ReportId">Null for a draft (POST /validate).</param>
/// <param name="Points">Points earned on the profile's scale; <c>score</c> is 100 × points ÷ assessedWeight.</param>
/// <param name="AssessedWeight">Points of the items that could be assessed.</param>
/// <param name="Uncertain">An uncertain result (an unreadable date) is in the score.</param>
public sealed record ComplianceExplanation(int? ReportId, int? AgencyId, string? AgencyName, int? Year, string Profile, decimal? Score,
    decimal Points, decimal AssessedWeight, bool Uncertain, IReadOnlyList<ComponentExplanation> Components, string Method);

/// <summary>A component (item): <c>status</c> is passed, reduced, failed, uncertain or not_assessable.</summary>
public sealed record ComponentExplanation(string Code, string LabelZh, string LabelEn, decimal Weight, decimal? Earned, string Status,
    IReadOnlyList<CostedFinding> Findings);

/// <summary>A finding and the points it cost.</summary>
/// <param name="FindingId">Null for a draft's findings.</param>
/// <param name="Effect">deducted, uncertain_deducted (strict profile), uncertain (conservative: not deducted), flagged (for a person to
/// confirm, never deducted), dismissed (by a reviewer, free under this profile), not_assessable or free.</param>
/// <param name="WouldDeduct">What the finding is priced at before caps, effect and review.</param>
public sealed record CostedFinding(long? FindingId, string Rule, string Severity, decimal Points, string Effect, decimal WouldDeduct,
    string MessageZh, string MessageEn, string? Expected, string? Actual, string? Evidence);
