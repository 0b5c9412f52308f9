namespace OpenDisclosure.Reports.Model;

/// <summary>One of the six numbered sections (一 … 六) as found in the source.</summary>
/// <param name="Number">1 to 6.</param>
/// <param name="Heading">The heading text as printed (e.g. "3、 行政机关收到和处理政府信息公开申请情况").</param>
/// <param name="StartLine">1-based line of the heading.</param>
/// <param name="EndLine">1-based last line of the section (inclusive).</param>
/// <param name="Text">The section's narrative lines (table cells excluded), joined by newlines; for narrative checks.</param>
public sealed record ReportSection(int Number, string Heading, int StartLine, int EndLine, string Text)
{
    public static readonly IReadOnlyList<(int Number, string TitleZh, string TitleEn)> Expected =
    [
        (1, "总体情况", "Overview"),
        (2, "主动公开政府信息情况", "Proactive disclosure"),
        (3, "收到和处理政府信息公开申请情况", "Requests received and processed"),
        (4, "政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation"),
        (5, "存在的主要问题及改进情况", "Main problems and improvements"),
        (6, "其他需要报告的事项", "Other matters"),
    ];
}
