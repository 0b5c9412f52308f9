using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Rebuilds table rows from layout lines. A line ending in numbers is a data row. Label text is followed down the
/// page as chains: a fragment without a list marker that sits under a fragment of the line above continues it (a
/// wrapped row label, or a label printed one character per line); a marker (1. （三） 一、) always starts a new
/// label. Chains begun on label-only lines belong to the next data row; a data row's own label (the fragment just
/// before its numbers) never continues the label of an earlier row. Values are placed by their order when the row
/// has every column, else by column position only when that is unambiguous; otherwise they are left out and a
/// finding says where.
/// </summary>
public static class LayoutTable
{
    /// <summary>
    /// A label begun on a label-only line may skip one line: the value line printed between the two lines of a
    /// wrapped, vertically centred label. A label on a data line continues only on the very next line.
    /// </summary>
    private static bool CanContinue(Chain chain, int line) =>
        line - chain.LastLine == 1 || line - chain.LastLine == 2 && !chain.LastOnDataLine;

    private sealed class Chain(Fragment first, int line)
    {
        public List<string> Parts { get; } = [first.Text];
        public int FirstStart { get; } = first.Start;
        public int Start { get; set; } = first.Start;
        public int Reach { get; set; } = first.Reach;

        public int LastLine { get; set; } = line;
        public bool LastOnDataLine { get; set; }
        public string Text => CellText.Join(Parts);
    }

    private sealed class Row
    {
        public List<Chain> Groups { get; } = [];
        public Chain? Leaf { get; set; }
        public LayoutLine? Data { get; set; }
        public bool IsHeader { get; init; }
        public bool IsEmpty => Groups.Count == 0 && Leaf is null && Data is null;
    }

    public static List<IReadOnlyList<string>> Rows(List<LayoutLine> lines, int? expectedColumns, string fileName, List<Finding> diagnostics)
    {
        lines = lines.Where(l => !l.IsBlank).ToList();
        if (expectedColumns is not null) lines = WithoutRepeatedHeader(lines);
        var headerCentres = HeaderCentres(lines, expectedColumns);
        var rows = new List<Row>();
        var owner = new Dictionary<Chain, Row>();
        Row? pending = null;
        var active = new List<Chain>();
        var index = 0;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            index++;
            Row? row = null;
            if (line.IsData)
            {
                row = pending ?? new Row();
                row.Data = line;
                pending = null;
                rows.Add(row);
            }

            var continued = new List<Chain>();
            var started = new List<(Chain Chain, bool IsLeaf)>();
            for (var f = 0; f < line.Labels.Count; f++)
            {
                var fragment = line.Labels[f];
                var isLeaf = line.IsData && f == line.Labels.Count - 1;
                var chain = LayoutLine.HasMarker(fragment.Text) || LayoutLine.IsWholeHeaderCell(fragment.Text) ? null : Above(fragment, active, continued, index);
                if (chain is not null && isLeaf && owner[chain] != row)
                {
                    // The piece before the numbers continues an earlier row's label: when this row already has its
                    // own label, the piece belongs to a group label spanning rows (三、本年度办理结果 printed down the
                    // side); when it has none, it is this row's label (行政强制 under 行政处罚).
                    if (row!.Groups.Count > 0 || row.Leaf is not null || started.Count > 0) isLeaf = false;
                    else chain = null;
                }
                if (chain is not null)
                {
                    chain.Parts.Add(fragment.Text);
                    (chain.Start, chain.Reach, chain.LastLine, chain.LastOnDataLine) = (fragment.Start, fragment.Reach, index, line.IsData);
                    continued.Add(chain);
                }
                else
                {
                    started.Add((new Chain(fragment, index) { LastOnDataLine = line.IsData }, isLeaf));
                }
            }

            if (row is null && started.Count > 0)
            {
                // Label-only line: a new marked label waits for its data row; unmarked new labels are a header row.
                if (started.Any(s => LayoutLine.HasMarker(s.Chain.Parts[0]))) row = pending ??= new Row();
                else rows.Add(row = new Row { IsHeader = true });
            }
            foreach (var (chain, isLeaf) in started)
            {
                owner[chain] = row!;
                if (isLeaf) row!.Leaf = chain;
                else row!.Groups.Add(chain);
            }
            active = [.. active.Where(c => !continued.Contains(c) && CanContinue(c, index + 1)), .. continued,
                .. started.Select(s => s.Chain).Where(c => !LayoutLine.IsWholeHeaderCell(c.Parts[0]))];
        }
        if (pending is not null) rows.Add(pending);
        rows.RemoveAll(r => r.IsEmpty);

        // Header rows split the table into segments (table 二 has one header per item group, and a table continued
        // on the next page may repeat its header); each segment measures its own columns.
        var cells = new List<IReadOnlyList<string>>();
        foreach (var segment in Segments(rows))
        {
            var placer = new ValuePlacer(segment.Where(r => r.Data is not null).Select(r => r.Data!).ToList(), expectedColumns, fileName, diagnostics,
                headerCentres);
            // Labels left to right: group labels (三、本年度办理结果, （五）不予处理) sit left of the row's own label,
            // which therefore comes last, right before the values, whichever line each was begun on.
            cells.AddRange(segment.Select(r =>
            {
                var labels = r.Groups.Concat(r.Leaf is null ? [] : [r.Leaf]).OrderBy(c => c.FirstStart).Select(c => c.Text).ToList();
                return (IReadOnlyList<string>)[.. labels, .. r.Data is null ? [] : placer.Place(r.Data, labels.LastOrDefault())];
            }));
        }
        return cells;
    }

    /// <summary>The nearest label above that this fragment sits under (most overlap first), not already continued on this line.</summary>
    private static Chain? Above(Fragment fragment, List<Chain> active, List<Chain> continued, int line) =>
        active.Where(c => !continued.Contains(c) && CanContinue(c, line) && fragment.Overlaps(c.Start, c.Reach))
            .OrderByDescending(c => c.LastLine)
            .ThenByDescending(c => Math.Min(c.Reach, fragment.Reach) - Math.Max(c.Start, fragment.Start))
            .ThenBy(c => Math.Abs(c.Start - fragment.Start))
            .FirstOrDefault();

    /// <summary>
    /// A table 三 or 四 continued on the next page under a repeat of its header: the repeated lines are dropped so the
    /// rows run on as one table (and a group label broken by the page continues). Table 二 is left alone: its headers
    /// legitimately repeat (信息内容 | 本年处理决定数量 for items 五 and 六).
    /// </summary>
    private static List<LayoutLine> WithoutRepeatedHeader(List<LayoutLine> lines)
    {
        var text = lines.Select(l => string.Join(" ", l.Labels.Concat(l.Values).Select(f => f.Text))).ToList();
        var header = lines.TakeWhile(l => !l.IsData).Count();
        if (header == 0) return lines;
        var result = new List<LayoutLine>(lines);
        for (var i = result.Count - header; i > header; i--)
        {
            var at = i;
            if (Enumerable.Range(0, header).All(k => text[at + k] == text[k])) result.RemoveRange(i, header);
        }
        return result;
    }

    /// <summary>
    /// The centres of the header's leaf cells (结果维持 … 总计 under 行政复议 and 未经复议直接起诉), used when no data row
    /// has every column: header fragments over the value area, spanning group titles (wider than the usual leaf
    /// piece) left out, pieces of one wrapped cell merged by overlap. Null unless that gives one cell per column.
    /// </summary>
    private static double[]? HeaderCentres(List<LayoutLine> lines, int? expectedColumns)
    {
        var data = lines.Where(l => l.IsData).ToList();
        if (expectedColumns is null || data.Count == 0) return null;
        var valueArea = data.Min(l => l.Values[0].Start) - 1;
        var pieces = lines.TakeWhile(l => !l.IsData).SelectMany(l => l.Labels).Where(f => f.Reach > valueArea).ToList();
        if (pieces.Count == 0) return null;
        var widths = pieces.Select(f => f.Reach - f.Start).Order().ToList();
        var usual = widths[widths.Count / 2];
        var clusters = new List<(int Start, int Reach)>();
        foreach (var piece in pieces.Where(f => f.Reach - f.Start <= usual * 3 / 2).OrderBy(f => f.Start))
        {
            if (clusters.Count > 0 && piece.Start < clusters[^1].Reach) clusters[^1] = (clusters[^1].Start, Math.Max(clusters[^1].Reach, piece.Reach));
            else clusters.Add((piece.Start, piece.Reach));
        }
        return clusters.Count == expectedColumns ? clusters.Select(c => (c.Start + c.Reach) / 2.0).ToArray() : null;
    }

    private static IEnumerable<List<Row>> Segments(List<Row> rows)
    {
        var segment = new List<Row>();
        foreach (var row in rows)
        {
            if (row.IsHeader && segment.Any(r => r.Data is not null))
            {
                yield return segment;
                segment = [];
            }
            segment.Add(row);
        }
        if (segment.Count > 0) yield return segment;
    }

}
