using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>One printed cell: its text ("\n" where the template breaks it), grid column, spans, and whether it is a value.</summary>
public sealed record GridCell(string Text, int Column, int ColSpan = 1, int RowSpan = 1, bool IsValue = false);

/// <summary>
/// Tables 二, 三 and 四 of the 2021 template as grids of spanning cells holding a seed's values, the way Word and
/// site editors lay them out: a row's merged label appears only in the row where it starts, with a row span.
/// </summary>
public static class TemplateGrid
{
    public static int Columns(int section) => section switch { 2 => 4, 3 => 10, _ => 15 };

    /// <summary>How many leading rows are the header (repeated on the next page by some exporters).</summary>
    public static int HeaderRows(int section) => section switch { 2 => 0, 3 => 3, _ => 3 };

    public static List<List<GridCell>> For(int section, SeedDocument seed) => section switch
    {
        2 => Proactive(seed),
        3 => Requests(seed),
        _ => Review(seed),
    };

    public static string Value(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static List<List<GridCell>> Proactive(SeedDocument seed)
    {
        string V(string code) => Value(seed.Cells.GetValueOrDefault("二/" + code));
        List<GridCell> Item(string label, params string[] values) =>
            values.Length == 3
                ? [new(label, 0), new(values[0], 1, IsValue: true), new(values[1], 2, IsValue: true), new(values[2], 3, IsValue: true)]
                : [new(label, 0), new(values[0], 1, 3, IsValue: true)];
        return
        [
            [new("第二十条第（一）项", 0, 4)],
            [new("信息内容", 0), new("本年制发件数", 1), new("本年废止件数", 2), new("现行有效件数", 3)],
            Item("规章", V("regulations.issued"), V("regulations.repealed"), V("regulations.inForce")),
            Item("行政规范性文件", V("normativeDocuments.issued"), V("normativeDocuments.repealed"), V("normativeDocuments.inForce")),
            [new("第二十条第（五）项", 0, 4)],
            [new("信息内容", 0), new("本年处理决定数量", 1, 3)],
            Item("行政许可", V("licensing")),
            [new("第二十条第（六）项", 0, 4)],
            [new("信息内容", 0), new("本年处理决定数量", 1, 3)],
            Item("行政处罚", V("penalties")),
            Item("行政强制", V("coercion")),
            [new("第二十条第（八）项", 0, 4)],
            [new("信息内容", 0), new("本年收费金额（单位：万元）", 1, 3)],
            Item("行政事业性收费", V("feesTenThousandYuan")),
        ];
    }

    private static List<List<GridCell>> Requests(SeedDocument seed)
    {
        var rows = new List<List<GridCell>>
        {
            new() { new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 3, 3), new("申请人情况", 3, 7) },
            new() { new("自然人", 3, 1, 2), new("法人或其他组织", 4, 5), new("总计", 9, 1, 2) },
            new() { new("商业企业", 4), new("科研机构", 5), new("社会公益组织", 6), new("法律服务机构", 7), new("其他", 8) },
        };
        var data = seed.RequestRows().ToList();
        for (var r = 0; r < data.Count; r++)
        {
            var (_, labels, values) = data[r];
            var row = new List<GridCell>();
            for (var i = 0; i < labels.Count; i++)
            {
                if (labels[i].Length == 0) continue; // covered by the merged label above
                var colSpan = i == labels.Count - 1 ? 3 - i : 1;
                var rowSpan = 1;
                while (r + rowSpan < data.Count && data[r + rowSpan].Labels.Count > i && data[r + rowSpan].Labels[i].Length == 0
                       && (i > 0 || data[r + rowSpan].Labels.Count > 1)) rowSpan++;
                row.Add(new GridCell(labels[i], i, colSpan, i == labels.Count - 1 ? 1 : rowSpan));
            }
            row.AddRange(values.Select((v, c) => new GridCell(Value(v), 3 + c, IsValue: true)));
            rows.Add(row);
        }
        return rows;
    }

    private static List<List<GridCell>> Review(SeedDocument seed)
    {
        var measures = new[] { "结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计" };
        return
        [
            [new("行政复议", 0, 5, 2), new("行政诉讼", 5, 10)],
            [new("未经复议直接起诉", 5, 5), new("复议后起诉", 10, 5)],
            [.. Enumerable.Range(0, 15).Select(c => new GridCell(measures[c % 5], c))],
            [.. seed.ReviewValues().Select((v, c) => new GridCell(Value(v), c, IsValue: true))],
        ];
    }

    /// <summary>The leaf header of each applicant column of table 三 and each measure of table 四 (for text renderings).</summary>
    public static readonly string[] ApplicantHeaders = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public static string GroupLabel(int group) => ReviewLitigationTable.Groups[group].LabelZh;
}
