namespace OpenDisclosure.Reports.Model;

/// <summary>
/// One cell of table 二 (主动公开政府信息情况). Fields that mean the same in both templates share a code.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>normativeDocuments.inForce</c>, <c>licensing</c>.</param>
/// <param name="ItemZh">The row label (信息内容), e.g. 行政规范性文件.</param>
/// <param name="MeasureZh">The column header, e.g. 现行有效件数.</param>
/// <param name="IsAmount">Money in 万元 (decimal allowed); otherwise a whole count.</param>
/// <param name="AllowsNegative">本年增/减 may be negative.</param>
public sealed record ProactiveField(
    string Code,
    string ItemZh,
    string MeasureZh,
    string LabelEn,
    bool IsAmount = false,
    bool AllowsNegative = false);

public static class ProactiveFields
{
    /// <summary>Table 二 of the 2021 template.</summary>
    public static readonly IReadOnlyList<ProactiveField> Format2021 =
    [
        new("regulations.issued", "规章", "本年制发件数", "Regulations issued this year"),
        new("regulations.repealed", "规章", "本年废止件数", "Regulations repealed this year"),
        new("regulations.inForce", "规章", "现行有效件数", "Regulations in force"),
        new("normativeDocuments.issued", "行政规范性文件", "本年制发件数", "Normative documents issued this year"),
        new("normativeDocuments.repealed", "行政规范性文件", "本年废止件数", "Normative documents repealed this year"),
        new("normativeDocuments.inForce", "行政规范性文件", "现行有效件数", "Normative documents in force"),
        new("licensing", "行政许可", "本年处理决定数量", "Administrative licensing decisions"),
        new("penalties", "行政处罚", "本年处理决定数量", "Administrative penalty decisions"),
        new("coercion", "行政强制", "本年处理决定数量", "Administrative coercion decisions"),
        new("feesTenThousandYuan", "行政事业性收费", "本年收费金额（单位：万元）", "Administrative fees collected (10,000 yuan)", IsAmount: true),
    ];

    /// <summary>Table 二 of the 2019 template.</summary>
    public static readonly IReadOnlyList<ProactiveField> Format2019 =
    [
        new("regulations.newlyMade", "规章", "本年新制作数量", "Regulations newly made this year"),
        new("regulations.newlyPublished", "规章", "本年新公开数量", "Regulations newly published this year"),
        new("regulations.totalPublished", "规章", "对外公开总数量", "Regulations published in total"),
        new("normativeDocuments.newlyMade", "规范性文件", "本年新制作数量", "Normative documents newly made this year"),
        new("normativeDocuments.newlyPublished", "规范性文件", "本年新公开数量", "Normative documents newly published this year"),
        new("normativeDocuments.totalPublished", "规范性文件", "对外公开总数量", "Normative documents published in total"),
        new("licensing.previousYearItems", "行政许可", "上一年项目数量", "Licensing items last year"),
        new("licensing.change", "行政许可", "本年增/减", "Change in licensing items", AllowsNegative: true),
        new("licensing", "行政许可", "处理决定数量", "Administrative licensing decisions"),
        new("otherServices.previousYearItems", "其他对外管理服务事项", "上一年项目数量", "Other external management service items last year"),
        new("otherServices.change", "其他对外管理服务事项", "本年增/减", "Change in other external management service items", AllowsNegative: true),
        new("otherServices", "其他对外管理服务事项", "处理决定数量", "Other external management service decisions"),
        new("penalties.previousYearItems", "行政处罚", "上一年项目数量", "Penalty items last year"),
        new("penalties.change", "行政处罚", "本年增/减", "Change in penalty items", AllowsNegative: true),
        new("penalties", "行政处罚", "处理决定数量", "Administrative penalty decisions"),
        new("coercion.previousYearItems", "行政强制", "上一年项目数量", "Coercion items last year"),
        new("coercion.change", "行政强制", "本年增/减", "Change in coercion items", AllowsNegative: true),
        new("coercion", "行政强制", "处理决定数量", "Administrative coercion decisions"),
        new("fees.previousYearItems", "行政事业性收费", "上一年项目数量", "Fee items last year"),
        new("fees.change", "行政事业性收费", "本年增/减", "Change in fee items", AllowsNegative: true),
        new("procurement.projects", "政府集中采购", "采购项目数量", "Centralised procurement projects"),
        new("procurement.amountTenThousandYuan", "政府集中采购", "采购总金额", "Centralised procurement amount (10,000 yuan)", IsAmount: true),
    ];

    public static IReadOnlyList<ProactiveField> For(ReportFormat format) =>
        format == ReportFormat.Format2019 ? Format2019 : Format2021;

    /// <summary>Every distinct field code of both templates.</summary>
    public static readonly IReadOnlyList<ProactiveField> AllCodes =
        Format2021.Concat(Format2019).DistinctBy(f => f.Code).ToArray();
}
