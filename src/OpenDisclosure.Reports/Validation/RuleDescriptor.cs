namespace OpenDisclosure.Reports.Validation;

/// <summary>
/// A rule as listed in the catalog: stable id, default severity, what it checks, and the authority behind it
/// (the format notice, a 条例 article, or "consistency").
/// </summary>
public sealed record RuleDescriptor(string Id, Severity Severity, string DescriptionZh, string DescriptionEn, string Reference)
{
    /// <summary>Makes a finding of this rule at its default severity.</summary>
    public Finding At(FindingLocation location, string messageZh, string messageEn,
        string? expected = null, string? actual = null, string? evidence = null) =>
        new(Id, Severity, messageZh, messageEn, location, expected, actual, evidence);

    /// <summary>Makes a finding of this rule at another severity (e.g. an ambiguous case downgraded to info).</summary>
    public Finding At(Severity severity, FindingLocation location, string messageZh, string messageEn,
        string? expected = null, string? actual = null, string? evidence = null) =>
        new(Id, severity, messageZh, messageEn, location, expected, actual, evidence);
}
