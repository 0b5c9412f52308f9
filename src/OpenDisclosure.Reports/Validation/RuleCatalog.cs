namespace OpenDisclosure.Reports.Validation;

/// <summary>Every rule the product can raise, for <c>GET /api/v1/rules</c> and for linking findings to rules.</summary>
public static class RuleCatalog
{
    /// <summary>Single-report families, then the cross-year rules (they compare two reports, so no family raises them).</summary>
    public static IReadOnlyList<RuleDescriptor> All =>
        ReportValidator.Families.SelectMany(f => f.Rules).Concat(CrossYear.CrossYearRules.All).DistinctBy(r => r.Id).ToList();

    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
