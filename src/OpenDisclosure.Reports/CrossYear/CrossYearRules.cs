using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.CrossYear;

/// <summary>
/// The cross-year rules. They compare two reports, so they are not <see cref="IReportRule"/> families; the catalog
/// lists them from here. Findings are raised on the later report and name both reports in the evidence.
/// </summary>
public static class CrossYearRules
{
    public static readonly RuleDescriptor CarryOver = new(
        "crossyear.carry_over", Severity.Error,
        "上一年度表三“四、结转下年度继续办理”应等于本年度“二、上年结转政府信息公开申请数量”（按申请人各列）",
        "Table 3 row 4 (carried forward) of year N must equal row 2 (carried over) of year N+1, per applicant column",
        "consistency");

    public static readonly RuleDescriptor InForce = new(
        "crossyear.in_force", Severity.Warning,
        "上一年度现行有效件数 + 本年制发件数 − 本年废止件数 应等于本年度现行有效件数（规章、行政规范性文件）",
        "In force (N−1) + issued (N) − repealed (N) should equal in force (N), for regulations and normative documents",
        "consistency");

    public static readonly RuleDescriptor YoyClaim = new(
        "crossyear.yoy_claim", Severity.Warning,
        "正文所称收到申请数“同比上升/下降x%”与两年表格（本年新收）计算结果不符",
        "A year-over-year change in new requests stated in the text (同比上升/下降 x%) differs from the two years' tables",
        "consistency");

    public static readonly RuleDescriptor NotAssessable = new(
        "crossyear.not_assessable", Severity.Info,
        "缺少上一年度报告（或其模板无对应数据），跨年度核对无法进行：不视为通过",
        "The previous year's report is not available (or its template lacks the data): the cross-year check could not run, which is not a pass",
        "consistency");

    public static readonly IReadOnlyList<RuleDescriptor> All = [CarryOver, InForce, YoyClaim, NotAssessable];
}
