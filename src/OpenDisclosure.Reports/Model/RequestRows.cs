namespace OpenDisclosure.Reports.Model;

/// <summary>The row catalogues of table 三 for both templates.</summary>
public static class RequestRows
{
    public const string NewRequests = "new_requests";
    public const string CarriedOver = "carried_over";
    public const string TotalProcessed = "total_processed";
    public const string CarriedForward = "carried_forward";

    private static RequestRowDefinition Row(string code, RequestRowRole role, string? group, string zh, string en, params string[] keywords) =>
        new(code, role, group, zh, en, keywords);

    private static readonly RequestRowDefinition[] Head =
    [
        Row(NewRequests, RequestRowRole.Inflow, null, "一、本年新收政府信息公开申请数量", "New requests received this year", "本年新收"),
        Row(CarriedOver, RequestRowRole.Inflow, null, "二、上年结转政府信息公开申请数量", "Requests carried over from last year", "上年结转"),
        Row("granted", RequestRowRole.Outcome, null, "（一）予以公开", "Granted in full", "予以公开"),
        Row("partially_granted", RequestRowRole.Outcome, null, "（二）部分公开", "Partially granted", "部分公开"),
        Row("denied_state_secret", RequestRowRole.Outcome, "denied", "（三）不予公开 1.属于国家秘密", "Denied: state secret", "国家秘密"),
        Row("denied_prohibited_by_law", RequestRowRole.Outcome, "denied", "（三）不予公开 2.其他法律行政法规禁止公开", "Denied: prohibited by other laws", "禁止公开"),
        Row("denied_three_safeties", RequestRowRole.Outcome, "denied", "（三）不予公开 3.危及“三安全一稳定”", "Denied: endangers the three safeties and stability", "三安全"),
        Row("denied_third_party_rights", RequestRowRole.Outcome, "denied", "（三）不予公开 4.保护第三方合法权益", "Denied: third-party rights", "第三方"),
        Row("denied_internal_affairs", RequestRowRole.Outcome, "denied", "（三）不予公开 5.属于三类内部事务信息", "Denied: internal affairs", "内部事务"),
        Row("denied_process_information", RequestRowRole.Outcome, "denied", "（三）不予公开 6.属于四类过程性信息", "Denied: process information", "过程性"),
        Row("denied_law_enforcement_file", RequestRowRole.Outcome, "denied", "（三）不予公开 7.属于行政执法案卷", "Denied: law-enforcement case file", "执法案卷"),
        Row("denied_administrative_inquiry", RequestRowRole.Outcome, "denied", "（三）不予公开 8.属于行政查询事项", "Denied: administrative inquiry", "行政查询"),
        Row("unavailable_not_held", RequestRowRole.Outcome, "unavailable", "（四）无法提供 1.本机关不掌握相关政府信息", "Unavailable: not held", "不掌握"),
        Row("unavailable_needs_creation", RequestRowRole.Outcome, "unavailable", "（四）无法提供 2.没有现成信息需要另行制作", "Unavailable: would need to be created", "另行制作"),
        Row("unavailable_unclear", RequestRowRole.Outcome, "unavailable", "（四）无法提供 3.补正后申请内容仍不明确", "Unavailable: still unclear after correction", "仍不明确"),
        Row("not_processed_petition", RequestRowRole.Outcome, "not_processed", "（五）不予处理 1.信访举报投诉类申请", "Not processed: petition or complaint", "信访"),
        Row("not_processed_duplicate", RequestRowRole.Outcome, "not_processed", "（五）不予处理 2.重复申请", "Not processed: duplicate request", "重复申请"),
        Row("not_processed_publication", RequestRowRole.Outcome, "not_processed", "（五）不予处理 3.要求提供公开出版物", "Not processed: asks for a publication", "出版物"),
        Row("not_processed_excessive", RequestRowRole.Outcome, "not_processed", "（五）不予处理 4.无正当理由大量反复申请", "Not processed: excessive repeated requests", "大量反复"),
        Row("not_processed_reconfirm", RequestRowRole.Outcome, "not_processed", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "Not processed: asks to confirm or reissue information already obtained", "重新出具"),
    ];

    private static readonly RequestRowDefinition[] Tail =
    [
        Row(TotalProcessed, RequestRowRole.TotalProcessed, null, "（七）总计", "Total processed", "总计"),
        Row(CarriedForward, RequestRowRole.CarriedForward, null, "四、结转下年度继续办理", "Carried forward to next year", "结转下年度"),
    ];

    /// <summary>The 25 rows of the 2021 template (国办公开办函〔2021〕30号).</summary>
    public static readonly IReadOnlyList<RequestRowDefinition> Format2021 =
    [
        .. Head,
        Row("other_overdue_correction", RequestRowRole.Outcome, "other", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Other: applicant did not correct in time", "逾期不补正"),
        Row("other_unpaid_fee", RequestRowRole.Outcome, "other", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Other: fee not paid in time", "缴纳费用"),
        Row("other", RequestRowRole.Outcome, "other", "（六）其他处理 3.其他", "Other: other", "其他"),
        .. Tail,
    ];

    /// <summary>The 23 rows of the 2019 template (国办公开办函〔2019〕60号): 三(六)其他处理 is a single row.</summary>
    public static readonly IReadOnlyList<RequestRowDefinition> Format2019 =
    [
        .. Head,
        Row("other_processing", RequestRowRole.Outcome, "other", "（六）其他处理", "Other processing (2019 template, one row)", "其他处理"),
        .. Tail,
    ];

    public static IReadOnlyList<RequestRowDefinition> For(ReportFormat format) =>
        format == ReportFormat.Format2019 ? Format2019 : Format2021;

    /// <summary>Every distinct row code of both templates, in display order.</summary>
    public static readonly IReadOnlyList<RequestRowDefinition> AllCodes =
        Format2021.Concat(Format2019).DistinctBy(r => r.Code).ToArray();

    public static RequestRowDefinition? Find(string code) =>
        AllCodes.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
