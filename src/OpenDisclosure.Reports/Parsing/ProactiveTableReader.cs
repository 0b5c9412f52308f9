using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads table 二 (主动公开政府信息情况): each item label (规章, 行政规范性文件, 行政许可 …) is followed by its value
/// cells in template column order. Header cells (第二十条第（一）项, 信息内容, 本年制发件数) repeat and are skipped.
/// </summary>
public static class ProactiveTableReader
{
    private sealed record Item(string Code, string LabelZh, string? AliasZh, ProactiveField[] Fields);

    private static readonly Item[] Items2021 = ItemsOf(ProactiveFields.Format2021);
    private static readonly Item[] Items2019 = ItemsOf(ProactiveFields.Format2019);

    public static ProactiveDisclosureTable? Read(List<TableCell>? cells, ReportFormat format, List<Finding> diagnostics)
    {
        if (cells is null || cells.Count == 0) return null;
        var items = format == ReportFormat.Format2019 ? Items2019 : Items2021;
        var values = new Dictionary<string, Cell>(ProactiveFields.For(format).Count);
        var found = new bool[items.Length];

        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].IsLabel) continue;
            var k = Match(items, found, cells[i].Text);
            if (k < 0) continue;
            found[k] = true;
            var j = i + 1;
            foreach (var field in items[k].Fields)
            {
                if (j < cells.Count && !IsTableLabel(cells[j]))
                {
                    var cell = CellReader.Read(cells[j], out var problem);
                    if (problem != CellProblem.None)
                        diagnostics.Add(ParseDiagnostics.ForCell(problem, 2, "二", field.Code, null,
                            $"{field.ItemZh} {field.MeasureZh}", cells[j].Line, cells[j].Text));
                    values[field.Code] = cell;
                    j++;
                }
                else values[field.Code] = Cell.Missing(cells[i].Line);
            }
            i = j - 1;
        }

        for (var k = 0; k < items.Length; k++)
        {
            if (found[k]) continue;
            foreach (var field in items[k].Fields) values[field.Code] = Cell.Missing();
            diagnostics.Add(ParseDiagnostics.NotFound(2, "二", items[k].Code, items[k].LabelZh, cells[0].Line, cells[^1].Line));
        }
        return new ProactiveDisclosureTable(format, values);
    }

    /// <summary>Header words of table 二 in both templates: a cell holding one is never a value.</summary>
    private static readonly MarkSet HeaderMarks = new("第二十条", "信息内容", "数量", "件数", "金额", "本年", "项目");

    /// <summary>An item or header label. Other text where a value belongs ("九", "见附件") is an unreadable value.</summary>
    private static bool IsTableLabel(TableCell cell)
    {
        if (!cell.IsLabel) return false;
        if (HeaderMarks.In(cell.Text)) return true;
        var label = cell.Text.Replace(" ", "");
        return Match(Items2021, new bool[Items2021.Length], label) >= 0 || Match(Items2019, new bool[Items2019.Length], label) >= 0;
    }

    /// <summary>The first item not yet read whose label the cell is (spaces ignored; a trailing "（…）" note allowed).</summary>
    private static int Match(Item[] items, bool[] found, string text)
    {
        var label = text.Contains(' ') ? text.Replace(" ", "") : text;
        for (var k = 0; k < items.Length; k++)
        {
            if (found[k]) continue;
            if (IsLabel(label, items[k].LabelZh) || (items[k].AliasZh is { } alias && IsLabel(label, alias))) return k;
        }
        return -1;
    }

    private static bool IsLabel(string text, string label) =>
        text.StartsWith(label, StringComparison.Ordinal)
        && (text.Length == label.Length || text[label.Length] is '（' or '(');

    private static Item[] ItemsOf(IReadOnlyList<ProactiveField> fields) =>
        fields.GroupBy(f => f.ItemZh)
            .Select(g => new Item(ItemCode(g.First().Code), g.Key, Alias(g.Key), g.ToArray()))
            .ToArray();

    private static string ItemCode(string fieldCode) =>
        fieldCode.IndexOf('.') is var dot and > 0 ? fieldCode[..dot] : fieldCode;

    /// <summary>The 2021 template says 行政规范性文件 where 2019 says 规范性文件; reports mix them up.</summary>
    private static string? Alias(string label) => label switch
    {
        "行政规范性文件" => "规范性文件",
        "规范性文件" => "行政规范性文件",
        _ => null,
    };
}
