namespace OpenDisclosure.Reports.Model;

/// <summary>
/// Table 四 (行政复议、行政诉讼情况): three groups × five measures = 15 counts, in printed order.
/// </summary>
public sealed class ReviewLitigationTable
{
    /// <summary>行政复议, 未经复议直接起诉, 复议后起诉.</summary>
    public static readonly IReadOnlyList<(string Code, string LabelZh, string LabelEn)> Groups =
    [
        ("review", "行政复议", "Administrative review"),
        ("litigationDirect", "行政诉讼 未经复议直接起诉", "Litigation without prior review"),
        ("litigationAfterReview", "行政诉讼 复议后起诉", "Litigation after review"),
    ];

    /// <summary>结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    public static readonly IReadOnlyList<(string Code, string LabelZh, string LabelEn)> Measures =
    [
        ("upheld", "结果维持", "Upheld"),
        ("corrected", "结果纠正", "Corrected"),
        ("other", "其他结果", "Other result"),
        ("pending", "尚未审结", "Pending"),
        ("total", "总计", "Total"),
    ];

    public ReviewLitigationTable(IReadOnlyList<Cell> cells)
    {
        if (cells.Count != 15) throw new ArgumentException("Table 四 has 15 cells.", nameof(cells));
        Cells = cells;
    }

    /// <summary>The 15 cells: group-major (review ×5, litigationDirect ×5, litigationAfterReview ×5).</summary>
    public IReadOnlyList<Cell> Cells { get; }

    public Cell this[int group, int measure] => Cells[group * 5 + measure];

    public Cell this[string groupCode, string measureCode] =>
        this[IndexOf(Groups, groupCode), IndexOf(Measures, measureCode)];

    private static int IndexOf(IReadOnlyList<(string Code, string LabelZh, string LabelEn)> list, string code)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Code == code) return i;
        throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown table 四 code.");
    }
}
