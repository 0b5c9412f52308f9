using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Tells the 2021 template (国办公开办函〔2021〕30号) from the 2019 one (〔2019〕60号, used for 2019 and 2020 reports)
/// by the table headers and rows; when the tables say nothing, by the year (before 2021 ⇒ 2019).
/// </summary>
public static class FormatDetector
{
    /// <summary>Table 二 headers and items only the 2019 template has.</summary>
    private static readonly MarkSet Marks2019 = new("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购项目数量", "采购总金额", "其他对外管理服务事项", "政府集中采购");

    /// <summary>Table 二 headers and table 三 rows only the 2021 template has.</summary>
    private static readonly MarkSet Marks2021 = new("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "缴纳费用");

    public static ReportFormat Detect(TableRegions tables, int? year) =>
        FirstVote(tables.Proactive) ?? FirstVote(tables.Requests)
        ?? (year is < 2021 ? ReportFormat.Format2019 : ReportFormat.Format2021);

    /// <summary>The template the first decisive header or row label belongs to (they come early in table 二).</summary>
    private static ReportFormat? FirstVote(List<TableCell>? cells)
    {
        if (cells is null) return null;
        foreach (var cell in cells)
        {
            if (!cell.IsLabel) continue;
            if (Marks2019.In(cell.Text)) return ReportFormat.Format2019;
            if (Marks2021.In(cell.Text)) return ReportFormat.Format2021;
        }
        return null;
    }
}
