namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// The label cells printed before each table 三 row, as Word flattens the merged cells: "\t" lines stand for the
/// merged group column, the group label (（三）不予公开 …) only precedes its first row.
/// </summary>
public static class RequestTableLabels
{
    private static readonly Dictionary<string, string[]> Labels = new()
    {
        ["new_requests"] = ["一、本年新收政府信息公开申请数量"],
        ["carried_over"] = ["二、上年结转政府信息公开申请数量"],
        ["granted"] = ["三、本年度办理结果", "（一）予以公开"],
        ["partially_granted"] = ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
        ["denied_state_secret"] = ["", "（三）不予公开", "1.属于国家秘密"],
        ["denied_prohibited_by_law"] = ["", "", "2.其他法律行政法规禁止公开"],
        ["denied_three_safeties"] = ["", "", "3.危及“三安全一稳定”"],
        ["denied_third_party_rights"] = ["", "", "4.保护第三方合法权益"],
        ["denied_internal_affairs"] = ["", "", "5.属于三类内部事务信息"],
        ["denied_process_information"] = ["", "", "6.属于四类过程性信息"],
        ["denied_law_enforcement_file"] = ["", "", "7.属于行政执法案卷"],
        ["denied_administrative_inquiry"] = ["", "", "8.属于行政查询事项"],
        ["unavailable_not_held"] = ["", "（四）无法提供", "1.本机关不掌握相关政府信息"],
        ["unavailable_needs_creation"] = ["", "", "2.没有现成信息需要另行制作"],
        ["unavailable_unclear"] = ["", "", "3.补正后申请内容仍不明确"],
        ["not_processed_petition"] = ["", "（五）不予处理", "1.信访举报投诉类申请"],
        ["not_processed_duplicate"] = ["", "", "2.重复申请"],
        ["not_processed_publication"] = ["", "", "3.要求提供公开出版物"],
        ["not_processed_excessive"] = ["", "", "4.无正当理由大量反复申请"],
        ["not_processed_reconfirm"] = ["", "", "5.要求行政机关确认或重新出具已获取信息"],
        ["other_overdue_correction"] = ["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
        ["other_unpaid_fee"] = ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
        ["other"] = ["", "", "3.其他"],
        ["other_processing"] = ["", "（六）其他处理"],
        ["total_processed"] = ["", "（七）总计"],
        ["carried_forward"] = ["四、结转下年度继续办理"],
    };

    /// <summary>The bookmark ids Word left on these labels in 台儿庄区's and 永安镇's reports.</summary>
    private static readonly Dictionary<string, string> Bookmarks = new()
    {
        ["new_requests"] = "_Hlk66973412",
        ["partially_granted"] = "_Hlk66973981",
        ["denied_prohibited_by_law"] = "_Hlk66974104",
        ["denied_third_party_rights"] = "_Hlk66974290",
        ["denied_process_information"] = "_Hlk66974555",
        ["denied_administrative_inquiry"] = "_Hlk66975211",
        ["unavailable_needs_creation"] = "_Hlk66975392",
        ["unavailable_unclear"] = "_Hlk66975466",
        ["not_processed_petition"] = "_Hlk66975537",
    };

    public static IReadOnlyList<string> For(string rowCode) => Labels[rowCode];

    public static string? Bookmark(string rowCode) => Bookmarks.GetValueOrDefault(rowCode);
}
