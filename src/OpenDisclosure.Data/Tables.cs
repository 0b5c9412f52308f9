namespace OpenDisclosure.Data;

/// <summary>Table names, shared by the EF model and the importer's hand-written SQL.</summary>
public static class Tables
{
    public const string Agencies = "agencies";
    public const string Reports = "reports";
    public const string Sections = "sections";
    public const string ProactiveCells = "proactive_cells";
    public const string RequestOutcomes = "request_outcomes";
    public const string ReviewLitigation = "review_litigation";
    public const string Findings = "findings";
    public const string Meta = "meta";
    public const string YoyClaims = "yoy_claims";
    public const string Compliance = "compliance";
    public const string Narratives = "narratives";
    public const string Similarity = "similarity";
    public const string FindingReviews = "finding_reviews";
    public const string OutcomeMeasures = "outcome_measures";
}
