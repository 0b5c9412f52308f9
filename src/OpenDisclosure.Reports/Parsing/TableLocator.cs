namespace OpenDisclosure.Reports.Parsing;

/// <summary>One table cell: its text (broken labels joined) and the 1-based line it starts on.</summary>
public readonly record struct TableCell
{
    public TableCell(string text, int line)
    {
        Text = text;
        Line = line;
        IsLabel = TextCleaner.HasCjk(text) && !CellReader.IsPlaceholder(text) && !StartsWithQuantity(text);
    }

    public string Text { get; }

    public int Line { get; }

    public bool IsBlank => Text.Length == 0;

    /// <summary>
    /// A label (row or column heading) rather than a value: it has a CJK ideograph, is not "无", and does not start
    /// with a number ("12人次" is a bad value; "1.属于国家秘密" is a label, its number a list marker).
    /// </summary>
    public bool IsLabel { get; }

    private static bool StartsWithQuantity(string text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == digits) return false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        return i == text.Length || text[i] is not ('.' or '、' or '．' or ')' or '）' or ' ');
    }
}

/// <summary>The cells of tables 二, 三 and 四 (null when the source has no such table), with the lines they span.</summary>
public sealed record TableRegions(List<TableCell>? Proactive, List<TableCell>? Requests, List<TableCell>? ReviewLitigation);

/// <summary>
/// Groups cell lines into blocks (runs of cells broken by a paragraph or heading) and tells the tables apart by
/// their labels rather than by the section they sit in, so a mis-numbered heading does not lose a table.
/// </summary>
public static class TableLocator
{
    private static readonly MarkSet ProactiveMarks = new("信息内容", "第二十条", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购");
    private static readonly MarkSet RequestMarks = new("申请人情况", "自然人", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "结转下年度");
    private static readonly MarkSet ReviewMarks = new("行政复议", "行政诉讼", "复议后起诉", "未经复议", "尚未审结", "维持", "纠正");

    public static TableRegions Locate(SourceLine[] lines)
    {
        List<TableCell>? proactive = null, requests = null, review = null;
        var block = new List<TableCell>(320);
        for (var i = 0; i <= lines.Length; i++)
        {
            var kind = i < lines.Length ? lines[i].Kind : LineKind.Narrative;
            switch (kind)
            {
                case LineKind.Cell:
                    var cell = new TableCell(lines[i].Text, lines[i].Number);
                    if (block.Count > 0 && StartsTable(cell, block)) Flush(ref block, ref proactive, ref requests, ref review);
                    block.Add(cell);
                    break;
                case LineKind.Continuation when block.Count > 0:
                    var lastCell = block[^1];
                    block[^1] = new TableCell(lastCell.Text + lines[i].Text, lastCell.Line);
                    break;
                case LineKind.Narrative when block.Count > 0:
                    Flush(ref block, ref proactive, ref requests, ref review);
                    break;
            }
        }
        return new TableRegions(proactive, requests, review);
    }

    private static void Flush(ref List<TableCell> block, ref List<TableCell>? proactive, ref List<TableCell>? requests,
        ref List<TableCell>? review)
    {
        switch (Classify(block))
        {
            case 2: Take(ref proactive, ref block); break;
            case 3: Take(ref requests, ref block); break;
            case 4: Take(ref review, ref block); break;
        }
        block.Clear();
    }

    /// <summary>The first block of a table becomes its list (no copy); a later block is appended to it.</summary>
    private static void Take(ref List<TableCell>? table, ref List<TableCell> block)
    {
        if (table is null)
        {
            table = block;
            block = new List<TableCell>(64);
        }
        else table.AddRange(block);
    }

    /// <summary>
    /// The first cell of table 三 or 四. When a report drops the heading between two tables, their cells run into
    /// one block; these cells split it again.
    /// </summary>
    private static bool StartsTable(TableCell cell, List<TableCell> block) =>
        cell.IsLabel && cell.Text.Length <= 30
        && (IsRequestNote(cell.Text) || cell.Text == "行政复议" || (cell.Text == "申请人情况" && !IsRequestNote(block[^1].Text)));

    /// <summary>"（本列数据的勾稽关系为…）": the note opening table 三 in the 2021 template.</summary>
    private static bool IsRequestNote(string text) =>
        text.StartsWith("（本列数据", StringComparison.Ordinal) || text.StartsWith("(本列数据", StringComparison.Ordinal);

    /// <summary>Label hits after which a block's table is settled (tables 二, 三 and 四 each get there in a few cells).</summary>
    private const int Decisive = 3;

    /// <summary>2, 3 or 4 for the table the block belongs to; 0 when its labels fit none.</summary>
    private static int Classify(List<TableCell> block)
    {
        int proactive = 0, requests = 0, review = 0;
        foreach (var cell in block)
        {
            if (!cell.IsLabel) continue;
            if (ProactiveMarks.In(cell.Text)) proactive++;
            if (RequestMarks.In(cell.Text)) requests++;
            if (ReviewMarks.In(cell.Text)) review++;
            if (Math.Max(proactive, Math.Max(requests, review)) >= Decisive) break;
        }
        if (proactive == 0 && requests == 0 && review == 0) return 0;
        if (requests >= proactive && requests >= review) return 3;
        return proactive >= review ? 2 : 4;
    }
}
