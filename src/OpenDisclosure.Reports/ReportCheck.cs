using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports;

/// <summary>A parsed report with every finding about it: parser diagnostics first, then rule findings.</summary>
public sealed record CheckedReport(AnnualReport Report, IReadOnlyList<Finding> Findings);

/// <summary>The one-call entry point: parse the flattened text and validate what was read.</summary>
public static class ReportCheck
{
    public static CheckedReport Run(string text)
    {
        var parsed = ReportParser.Parse(text);
        var findings = new List<Finding>(parsed.Diagnostics);
        // An empty or binary input has no report to validate: rules would only restate "everything is missing".
        if (!parsed.Diagnostics.Any(IsUnreadableInput))
            findings.AddRange(ReportValidator.Validate(parsed.Report));
        return new CheckedReport(parsed.Report, findings);
    }

    private static bool IsUnreadableInput(Finding diagnostic) =>
        diagnostic.RuleId == ParseDiagnostics.Empty.Id || diagnostic.RuleId == ParseDiagnostics.NotText.Id;
}
