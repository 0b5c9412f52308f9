using OpenDisclosure.Reports.Scoring.Profiles;

namespace OpenDisclosure.Reports.Scoring;

/// <summary>The five parts of the compliance score (the items of the default profile, data/profiles/default.json).</summary>
public enum ComplianceComponent
{
    /// <summary>及时性: signed by 31 January of the following year (条例 第五十条).</summary>
    Timeliness,
    /// <summary>完整性: six sections, three tables, every cell filled.</summary>
    Completeness,
    /// <summary>内部一致性: the tables' arithmetic and plausible values.</summary>
    Consistency,
    /// <summary>连续性: agrees with the previous year's report.</summary>
    Continuity,
    /// <summary>正文一致性: the narrative agrees with the tables and with itself.</summary>
    Narrative,
}

public sealed record ComponentWeight(ComplianceComponent Component, string Code, int Weight, string NameZh, string NameEn, string HowEn);

/// <summary>What one finding of a rule costs, and in which component.</summary>
public sealed record RuleCost(string RuleId, ComplianceComponent Component, int Points);

/// <summary>
/// The default profile's numbers in the shape the store and the API keep (five integer components). The numbers
/// themselves live in data/profiles/default.json; this class only reads them.
/// </summary>
public static class ComplianceWeights
{
    public static readonly IReadOnlyList<ComponentWeight> Components = ScoringProfiles.Default.Items
        .Select(i => new ComponentWeight(Enum.Parse<ComplianceComponent>(i.Code, ignoreCase: true), i.Code, (int)i.Points, i.NameZh, i.NameEn, i.How))
        .ToList();

    /// <summary>Every rule the default profile prices, per component (date.missing costs both timeliness and completeness;
    /// crossyear.not_assessable and the flagged similarity.copied cost 0).</summary>
    public static readonly IReadOnlyList<RuleCost> Costs = ScoringProfiles.Default.Items
        .SelectMany(i => i.Rules.Select(r => new RuleCost(r.Rule, Enum.Parse<ComplianceComponent>(i.Code, ignoreCase: true),
            r.Outcome == ProfileRule.Flag ? 0 : (int)r.Deduct)))
        .ToList();

    public static ComponentWeight Weight(ComplianceComponent component) => Components.First(c => c.Component == component);
}
