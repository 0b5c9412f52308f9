using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Reports.Validation;

/// <summary>Every rule the product can raise, for <c>GET /api/v1/rules</c> and for linking findings to rules.</summary>
public static class RuleCatalog
{
    /// <summary>The parser's diagnostics first, then every rule family's rules, then the cross-year and similarity rules
    /// (they compare two reports, so no single-report family raises them).</summary>
    public static IReadOnlyList<RuleDescriptor> All =>
        ParseDiagnostics.All
            .Concat(ReportValidator.Families.SelectMany(f => f.Rules))
            .Concat(CrossYearRules.All)
            .Concat(SimilarityRules.All)
            .DistinctBy(r => r.Id).ToList();

    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
