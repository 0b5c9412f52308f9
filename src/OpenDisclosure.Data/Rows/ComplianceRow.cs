namespace OpenDisclosure.Data.Rows;

/// <summary>
/// A report's compliance score as last computed (after every import batch that touched it or its neighbour years).
/// Component values are the points earned; null means not assessable
/// (continuity without the previous year). GET /compliance/{reportId} recomputes the explanation from the findings.
/// </summary>
public sealed class ComplianceRow
{
    public int ReportId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }

    /// <summary>0–100 over <see cref="AssessedWeight"/>, null when nothing could be assessed.</summary>
    public double? Score { get; set; }

    /// <summary>Score × 10 as an integer, −1 when null: the sort and cursor key (exact, unlike a double).</summary>
    public int ScoreKey { get; set; }
    public int AssessedWeight { get; set; }

    public int? Timeliness { get; set; }
    public int? Completeness { get; set; }
    public int? Consistency { get; set; }
    public int? Continuity { get; set; }
    public int? Narrative { get; set; }
}
