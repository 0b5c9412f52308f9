using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Api.Web;

/// <summary>A label cell of a printed table, with the spans the published form gives it.</summary>
public sealed record LabelCell(string Text, int ColSpan, int RowSpan);

/// <summary>One block of table 二: items (信息内容) that share the same measure columns, e.g. 规章 and 行政规范性文件.</summary>
public sealed record ProactiveBlock(IReadOnlyList<string> Measures, IReadOnlyList<(string Item, IReadOnlyList<ProactiveField> Fields)> Items);

/// <summary>
/// The merged label cells of the published tables (国办公开办函〔2021〕30号 and 〔2019〕60号), rebuilt from the label
/// catalogue: a table 三 row's labels are [section, group, item], where "" continues the cell above.
/// </summary>
public static class PublishedLayout
{
    /// <summary>The three label columns of table 三 (左侧三列): the cells each row starts with.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelCell>> RequestLabels(IReadOnlyList<RequestRowDefinition> rows)
    {
        var labels = rows.Select(r => RequestTableLabels.For(r.Code)).ToList();
        var result = new List<IReadOnlyList<LabelCell>>(rows.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var cells = new List<LabelCell>();
            for (var level = 0; level < labels[i].Count; level++)
            {
                if (labels[i][level] == "") continue; // merged into the cell above
                var colSpan = level == labels[i].Count - 1 ? 3 - level : 1;
                var rowSpan = 1;
                while (i + rowSpan < labels.Count && labels[i + rowSpan].Count > level && labels[i + rowSpan][level] == "") rowSpan++;
                cells.Add(new LabelCell(labels[i][level], colSpan, rowSpan));
            }
            result.Add(cells);
        }
        return result;
    }

    /// <summary>Table 二 as printed: consecutive items with the same measure columns share a header row.</summary>
    public static IReadOnlyList<ProactiveBlock> ProactiveBlocks(ReportFormat format)
    {
        var items = ProactiveFields.For(format).GroupBy(f => f.ItemZh)
            .Select(g => (Item: g.Key, Fields: (IReadOnlyList<ProactiveField>)g.ToList())).ToList();
        var blocks = new List<ProactiveBlock>();
        foreach (var item in items)
        {
            var measures = item.Fields.Select(f => f.MeasureZh).ToList();
            if (blocks.Count > 0 && blocks[^1].Measures.SequenceEqual(measures))
                ((List<(string, IReadOnlyList<ProactiveField>)>)blocks[^1].Items).Add(item);
            else
                blocks.Add(new ProactiveBlock(measures, new List<(string, IReadOnlyList<ProactiveField>)> { item }));
        }
        return blocks;
    }
}
