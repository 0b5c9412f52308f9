namespace OpenDisclosure.Data.Rows;

/// <summary>
/// One row of table 三 (依申请公开) for one report, wide: the seven applicant columns.
/// Year and AgencyId are copied from the report so the common filters use one covering index.
/// </summary>
public sealed class RequestOutcomeRow
{
    public int ReportId { get; set; }

    /// <summary>Position of the row in its template (0-based), the second half of the key.</summary>
    public int RowOrder { get; set; }
    public required string RowCode { get; set; }
    public int Year { get; set; }
    public int AgencyId { get; set; }

    public long? NaturalPerson { get; set; }
    public long? CommercialEnterprise { get; set; }
    public long? ResearchInstitution { get; set; }
    public long? SocialWelfareOrganization { get; set; }
    public long? LegalServiceAgency { get; set; }
    public long? OtherOrganization { get; set; }
    public long? Total { get; set; }
}
