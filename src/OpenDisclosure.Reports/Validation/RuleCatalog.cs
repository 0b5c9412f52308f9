namespace OpenDisclosure.Reports.Validation;

/// <summary>Every rule the product can raise, for <c>GET /api/v1/rules</c> and for linking findings to rules.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All =>
        ReportValidator.Families.SelectMany(f => f.Rules).DistinctBy(r => r.Id).ToList();

    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
