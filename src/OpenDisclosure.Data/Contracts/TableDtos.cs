namespace OpenDisclosure.Data.Contracts;

/// <summary>
/// One row of table 三 with the seven applicant columns (codes as in <c>ApplicantColumns</c>). A null cell is a
/// missing or unreadable cell in the source, never zero.
/// </summary>
/// <param name="Row">The request row code, e.g. <c>total_processed</c>.</param>
public sealed record RequestOutcomeCells(
    string Row,
    long? NaturalPerson,
    long? CommercialEnterprise,
    long? ResearchInstitution,
    long? SocialWelfareOrganization,
    long? LegalServiceAgency,
    long? OtherOrganization,
    long? Total)
{
    /// <summary>The cell of one applicant column, by its position in <c>ApplicantColumns.All</c>.</summary>
    public long? this[int column] => column switch
    {
        0 => NaturalPerson,
        1 => CommercialEnterprise,
        2 => ResearchInstitution,
        3 => SocialWelfareOrganization,
        4 => LegalServiceAgency,
        5 => OtherOrganization,
        6 => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

/// <summary>
/// Table 四 (行政复议、行政诉讼): the three groups of <c>ReviewLitigationTable.Groups</c>.
/// </summary>
/// <param name="Review">行政复议.</param>
/// <param name="LitigationDirect">行政诉讼, 未经复议直接起诉.</param>
/// <param name="LitigationAfterReview">行政诉讼, 复议后起诉.</param>
public sealed record ReviewLitigationDto(
    ReviewLitigationCounts Review,
    ReviewLitigationCounts LitigationDirect,
    ReviewLitigationCounts LitigationAfterReview)
{
    /// <summary>A group by its position in <c>ReviewLitigationTable.Groups</c>.</summary>
    public ReviewLitigationCounts this[int group] => group switch
    {
        0 => Review,
        1 => LitigationDirect,
        2 => LitigationAfterReview,
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}

/// <summary>The five measures of one table 四 group (codes as in <c>ReviewLitigationTable.Measures</c>).</summary>
/// <param name="Upheld">结果维持.</param>
/// <param name="Corrected">结果纠正.</param>
/// <param name="Other">其他结果.</param>
/// <param name="Pending">尚未审结.</param>
/// <param name="Total">总计.</param>
public sealed record ReviewLitigationCounts(long? Upheld, long? Corrected, long? Other, long? Pending, long? Total)
{
    /// <summary>A measure by its position in <c>ReviewLitigationTable.Measures</c>.</summary>
    public long? this[int measure] => measure switch
    {
        0 => Upheld,
        1 => Corrected,
        2 => Other,
        3 => Pending,
        4 => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };
}

/// <summary>One finding: rule, severity, bilingual message, location and the numbers behind it.</summary>
/// <param name="Rule">The rule's code, e.g. <c>table3.balance</c> (<c>code</c> in GET /rules, <c>rule=</c> in filters).</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Section">Section number 1–6, when the finding is about one.</param>
/// <param name="Row">Table row code, when the finding is about one.</param>
/// <param name="Column">Table column code, when the finding is about one.</param>
/// <param name="Line">1-based line of the source text.</param>
/// <param name="Expected">The value the rule expected (as text).</param>
/// <param name="Actual">The value found (as text).</param>
/// <param name="Evidence">The source text the finding rests on.</param>
public sealed record FindingDto(
    string Rule,
    string Severity,
    string MessageZh,
    string MessageEn,
    int? Section,
    string? Row,
    string? Column,
    int? Line,
    string? Expected,
    string? Actual,
    string? Evidence);
