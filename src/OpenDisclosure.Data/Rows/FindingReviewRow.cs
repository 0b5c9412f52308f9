namespace OpenDisclosure.Data.Rows;

/// <summary>
/// An evaluator's verdict on a finding. Keyed by what the finding is about, not by its row id: the report's bytes
/// (SHA-256), the rule and the location. Finding rows are deleted and re-inserted by the cross-year and similarity
/// passes and by re-seeding; a review of an unchanged report's finding still applies to the new row.
/// </summary>
public sealed class FindingReviewRow
{
    public required string ReportSha256 { get; set; }
    public required string RuleId { get; set; }

    /// <summary>"section|row|column|line" of the finding (empty parts for nulls).</summary>
    public required string LocationKey { get; set; }

    /// <summary>confirmed or dismissed.</summary>
    public required string Status { get; set; }
    public string? Note { get; set; }
    public required string Reviewer { get; set; }
    public DateTime ReviewedAtUtc { get; set; }

    public static string KeyOf(int? section, string? row, string? column, int? line) => $"{section}|{row}|{column}|{line}";
}
