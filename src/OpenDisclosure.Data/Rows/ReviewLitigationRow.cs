namespace OpenDisclosure.Data.Rows;

/// <summary>Table 四 (行政复议、行政诉讼) for one report: 3 groups × 5 measures.</summary>
public sealed class ReviewLitigationRow
{
    public int ReportId { get; set; }

    public long? ReviewUpheld { get; set; }
    public long? ReviewCorrected { get; set; }
    public long? ReviewOther { get; set; }
    public long? ReviewPending { get; set; }
    public long? ReviewTotal { get; set; }

    public long? LitigationDirectUpheld { get; set; }
    public long? LitigationDirectCorrected { get; set; }
    public long? LitigationDirectOther { get; set; }
    public long? LitigationDirectPending { get; set; }
    public long? LitigationDirectTotal { get; set; }

    public long? LitigationAfterReviewUpheld { get; set; }
    public long? LitigationAfterReviewCorrected { get; set; }
    public long? LitigationAfterReviewOther { get; set; }
    public long? LitigationAfterReviewPending { get; set; }
    public long? LitigationAfterReviewTotal { get; set; }
}
