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

    /// <summary>When, in UTC, ISO 8601 ("2026-12-05T20:31:07Z"): the same text in JSON, CSV and the database.</summary>
    public required string ReviewedAt { get; set; }

    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    /// <summary>The location part of the key; the findings SQL builds the same text (see <see cref="KeySql"/>).</summary>
    public static string KeyOf(OpenDisclosure.Reports.Validation.FindingLocation at) => $"{at.Section}|{at.Row}|{at.Column}|{at.Line}";

    /// <summary><see cref="KeyOf"/> in SQL over a findings row aliased <paramref name="f"/>.</summary>
    public static string KeySql(string f) =>
        $"coalesce({f}.\"Section\", '') || '|' || coalesce({f}.\"RowCode\", '') || '|' || coalesce({f}.\"ColumnCode\", '') || '|' || coalesce({f}.\"Line\", '')";
}
