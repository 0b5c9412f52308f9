using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Rows;

/// <summary>A stored finding about a report. Year and AgencyId are copied for the filters.</summary>
public sealed class FindingRow
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }

    public required string RuleId { get; set; }

    /// <summary>"error", "warning" or "info".</summary>
    public required string Severity { get; set; }
    public required string MessageZh { get; set; }
    public required string MessageEn { get; set; }

    public int? Section { get; set; }
    public string? RowCode { get; set; }
    public string? ColumnCode { get; set; }
    public int? Line { get; set; }

    public string? Expected { get; set; }
    public string? Actual { get; set; }
    public string? Evidence { get; set; }

    /// <summary>The finding as the core knows it (for scoring and re-checking).</summary>
    public Finding ToFinding() => new(RuleId, SeverityCodes.FromCode(Severity) ?? Reports.Validation.Severity.Info, MessageZh, MessageEn,
        new FindingLocation(Section, RowCode, ColumnCode, Line), Expected, Actual, Evidence);
}
