using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads table 四 (行政复议、行政诉讼情况): a header block with labels broken across lines (结果 / 维持, 总 / 计), then
/// 15 value cells in printed order: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5 (维持, 纠正, 其他, 尚未审结, 总计).
/// The values start after the last header label.
/// </summary>
public static class ReviewLitigationTableReader
{
    private const int CellCount = 15;
    private const int MeasureCount = 5;

    public static ReviewLitigationTable? Read(List<TableCell>? cells, List<Finding> diagnostics)
    {
        if (cells is null || cells.Count == 0) return null;
        var start = LastLabelIndex(cells) + 1;
        var values = new Cell[CellCount];
        var read = 0;
        for (var i = start; i < cells.Count && read < CellCount; i++)
        {
            if (IsHeader(cells[i])) break;
            values[read] = CellReader.Read(cells[i], out var problem);
            if (problem != CellProblem.None)
            {
                var (group, measure) = (ReviewLitigationTable.Groups[read / MeasureCount], ReviewLitigationTable.Measures[read % MeasureCount]);
                diagnostics.Add(ParseDiagnostics.ForCell(problem, 4, "四", group.Code, measure.Code,
                    $"{group.LabelZh} {measure.LabelZh}", cells[i].Line, cells[i].Text));
            }
            read++;
        }

        for (var k = read; k < CellCount; k++) values[k] = Cell.Missing();
        for (var g = read / MeasureCount; g < ReviewLitigationTable.Groups.Count && read < CellCount; g++)
        {
            var group = ReviewLitigationTable.Groups[g];
            diagnostics.Add(ParseDiagnostics.NotFound(4, "四", group.Code, group.LabelZh, cells[0].Line, cells[^1].Line));
        }
        return new ReviewLitigationTable(values);
    }

    /// <summary>Words of the table 四 header (labels broken across lines still hold one of them).</summary>
    private static readonly MarkSet HeaderWords = new("复议", "诉讼", "起诉", "维持", "纠正", "结果", "审结", "总计", "其他", "总", "计");

    /// <summary>A header label. Other text where a value belongs ("九") is an unreadable value.</summary>
    private static bool IsHeader(TableCell cell) => cell.IsLabel && HeaderWords.In(cell.Text);

    /// <summary>
    /// The header's last label (总计 in the template). A note after the values would hide them, so take the last
    /// header label followed by a value, falling back to the last header label.
    /// </summary>
    private static int LastLabelIndex(List<TableCell> cells)
    {
        var last = -1;
        for (var i = 0; i < cells.Count - 1; i++)
            if (IsHeader(cells[i]) && !IsHeader(cells[i + 1]) && !cells[i + 1].IsBlank) last = i;
        if (last >= 0) return last;
        for (var i = cells.Count - 1; i >= 0; i--)
            if (IsHeader(cells[i])) return i;
        return -1;
    }
}
