using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats;

/// <summary>Findings raised while reading a document, before any report parsing (rule ids <c>format.*</c>).</summary>
public static class FormatFindings
{
    public static Finding Error(string ruleId, string zh, string en, string? evidence = null, int? line = null) =>
        new($"format.{ruleId}", Severity.Error, zh, en, new FindingLocation(Line: line), Evidence: evidence);

    public static Finding Warning(string ruleId, string zh, string en, string? evidence = null, int? line = null) =>
        new($"format.{ruleId}", Severity.Warning, zh, en, new FindingLocation(Line: line), Evidence: evidence);

    public static Finding Info(string ruleId, string zh, string en, string? evidence = null) =>
        new($"format.{ruleId}", Severity.Info, zh, en, FindingLocation.Report, Evidence: evidence);
}
