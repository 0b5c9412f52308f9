using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Validation;

/// <summary>Runs every single-report rule family over a parsed report.</summary>
public static class ReportValidator
{
    /// <summary>The rule families, one file each under Rules/. A new family is added here and nowhere else.</summary>
    public static readonly IReadOnlyList<IReportRule> Families =
    [
        new CompletenessRules(),
        new CellRules(),
        new RequestTableRules(),
        new ReviewLitigationRules(),
        new TimelinessRules(),
        new PeriodRules(),
        new NarrativeRules(),
    ];

    public static IReadOnlyList<Finding> Validate(AnnualReport report) =>
        Families.SelectMany(f => f.Check(report)).ToList();
}
