namespace OpenDisclosure.Reports.Model;

/// <summary>The seven columns of table 三 (申请人情况). Order matches the printed table.</summary>
public enum ApplicantColumn
{
    /// <summary>自然人</summary>
    NaturalPerson,
    /// <summary>商业企业</summary>
    CommercialEnterprise,
    /// <summary>科研机构</summary>
    ResearchInstitution,
    /// <summary>社会公益组织</summary>
    SocialWelfareOrganization,
    /// <summary>法律服务机构</summary>
    LegalServiceAgency,
    /// <summary>其他 (法人或其他组织)</summary>
    OtherOrganization,
    /// <summary>总计</summary>
    Total,
}

public sealed record ApplicantColumnInfo(ApplicantColumn Column, string Code, string LabelZh, string LabelEn);

public static class ApplicantColumns
{
    public const int Count = 7;

    public static readonly IReadOnlyList<ApplicantColumnInfo> All =
    [
        new(ApplicantColumn.NaturalPerson, "naturalPerson", "自然人", "Natural person"),
        new(ApplicantColumn.CommercialEnterprise, "commercialEnterprise", "商业企业", "Commercial enterprise"),
        new(ApplicantColumn.ResearchInstitution, "researchInstitution", "科研机构", "Research institution"),
        new(ApplicantColumn.SocialWelfareOrganization, "socialWelfareOrganization", "社会公益组织", "Social welfare organization"),
        new(ApplicantColumn.LegalServiceAgency, "legalServiceAgency", "法律服务机构", "Legal service agency"),
        new(ApplicantColumn.OtherOrganization, "otherOrganization", "其他", "Other organization"),
        new(ApplicantColumn.Total, "total", "总计", "Total"),
    ];

    /// <summary>The six applicant types whose sum is the 总计 column.</summary>
    public static IEnumerable<ApplicantColumnInfo> Applicants => All.Take(6);

    public static string Code(this ApplicantColumn column) => All[(int)column].Code;

    public static ApplicantColumn? FromCode(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Column;
}
