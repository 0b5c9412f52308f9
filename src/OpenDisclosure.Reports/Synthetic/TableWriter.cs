using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Writes tables 二, 三 and 四 the way Word-to-text flattening lays them out in data/reports: one cell per
/// tab-prefixed line, a blank line after each table row, empty label cells for merged group columns.
/// Returns what a correct parser must read, with the line of every cell.
/// </summary>
internal sealed class TableWriter(LineBuffer output, SyntheticLayout layout, Random rng)
{
    private static readonly string[] FullWidthPrefixes = ["　　", "\u00A0　", "　"];

    private static readonly (string Article, string[] Measures, (string Item, string[] Codes)[] Rows)[] Proactive2021 =
    [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [("规章", ["regulations.issued", "regulations.repealed", "regulations.inForce"]),
             ("行政规范性文件", ["normativeDocuments.issued", "normativeDocuments.repealed", "normativeDocuments.inForce"])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["licensing"])]),
        ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", ["penalties"]), ("行政强制", ["coercion"])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["feesTenThousandYuan"])]),
    ];

    private static readonly (string Article, string[] Measures, (string Item, string[] Codes)[] Rows)[] Proactive2019 =
    [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
            [("规章", ["regulations.newlyMade", "regulations.newlyPublished", "regulations.totalPublished"]),
             ("规范性文件", ["normativeDocuments.newlyMade", "normativeDocuments.newlyPublished", "normativeDocuments.totalPublished"])]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            [("行政许可", ["licensing.previousYearItems", "licensing.change", "licensing"]),
             ("其他对外管理服务事项", ["otherServices.previousYearItems", "otherServices.change", "otherServices"])]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            [("行政处罚", ["penalties.previousYearItems", "penalties.change", "penalties"]),
             ("行政强制", ["coercion.previousYearItems", "coercion.change", "coercion"])]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", ["fees.previousYearItems", "fees.change"])]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", ["procurement.projects", "procurement.amountTenThousandYuan"])]),
    ];

    public ProactiveDisclosureTable Proactive(ReportDraft draft)
    {
        var cells = new Dictionary<string, Cell>();
        foreach (var (article, measures, rows) in draft.Format == ReportFormat.Format2019 ? Proactive2019 : Proactive2021)
        {
            output.Add("\t" + article);
            output.Blank();
            output.Add("\t信息内容");
            foreach (var measure in measures) output.Add("\t" + measure);
            output.Blank();
            foreach (var (item, codes) in rows)
            {
                output.Add("\t" + item);
                foreach (var code in codes) cells[code] = WriteCell(draft.Proactive[code], layout.FullWidthCells);
                output.Blank();
            }
        }
        output.Blank();
        return new ProactiveDisclosureTable(draft.Format, cells);
    }

    public RequestTable Requests(ReportDraft draft)
    {
        output.Add("\t（本列数据的勾稽关系为：第一项加第二项之和，");
        output.Add("等于第三项加第四项之和）");
        output.Add("\t申请人情况");
        output.Blank();
        foreach (var header in new[] { "", "自然人", "法人或其他组织", "总计" }) output.Add("\t" + header);
        output.Blank();
        foreach (var header in new[] { "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "" }) output.Add("\t" + header);
        output.Blank();

        var goBackRow = layout.GoBackInCell ? rng.Next(draft.Rows.Count) : -1;
        var goBackColumn = rng.Next(ApplicantColumns.Count);
        var rows = new List<RequestTableRow>();
        for (var r = 0; r < draft.Rows.Count; r++)
        {
            var definition = draft.Rows[r];
            WriteLabel(RequestTableLabels.For(definition.Code), RequestTableLabels.Bookmark(definition.Code));
            var cells = new List<Cell>();
            for (var c = 0; c < ApplicantColumns.Count; c++)
                cells.Add(WriteCell(draft.Requests[r, c], false, goBack: r == goBackRow && c == goBackColumn));
            rows.Add(new RequestTableRow(definition, cells));
            if (!(layout.NoGapBeforeHeadingFour && definition.Code == RequestRows.CarriedForward)) output.Blank();
        }
        if (!layout.NoGapBeforeHeadingFour) output.Blank();
        return new RequestTable(draft.Format, rows);
    }

    private void WriteLabel(IReadOnlyList<string> lines, string? bookmark)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            var last = i == lines.Count - 1;
            if (last && layout.Bookmarks && bookmark is not null) text = $"[bookmark: {bookmark}]{text}";
            var split = last ? SplitPoint(text) : -1;
            if (split < 0) { output.Add("\t" + text); continue; }
            // Word wraps a long label inside its cell; the wrapped part comes out on a line of its own, without a tab.
            output.Add("\t" + text[..split]);
            output.Add(text[split..]);
        }
    }

    private int SplitPoint(string label)
    {
        if (layout.BreakReconfirmLabel && label.EndsWith("5.要求行政机关确认或重新出具已获取信息"))
            return label.Length - "出具已获取信息".Length;
        if (layout.BreakFeeLabel && label.EndsWith("缴纳费用、行政机关不再处理其政府信息公开申请"))
            return label.Length - "政府信息公开申请".Length;
        return -1;
    }

    public ReviewLitigationTable Review(ReportDraft draft)
    {
        output.Add("\t行政复议");
        output.Add("\t行政诉讼");
        output.Blank();
        foreach (var measure in ReviewHeader.Measures) ReviewHeader.Write(output, layout.ReviewHeaderStyle, measure, rng);
        output.Add("\t未经复议直接起诉");
        output.Add("\t" + (layout.Bookmarks ? "[bookmark: _Hlk67039688]" : "") + "复议后起诉");
        output.Blank();
        for (var i = 0; i < 5; i++) output.Add("\t");
        for (var group = 0; group < 2; group++)
            foreach (var measure in ReviewHeader.Measures) ReviewHeader.Write(output, layout.ReviewHeaderStyle, measure, rng);
        output.Blank();
        var cells = draft.Review.Select(cell => WriteCell(cell, false)).ToList();
        output.Blank(2);
        return new ReviewLitigationTable(cells);
    }

    private Cell WriteCell(DraftCell cell, bool fullWidth, bool goBack = false)
    {
        var prefix = cell.Text.Length == 0 ? "" : fullWidth ? rng.Pick(FullWidthPrefixes) : goBack ? "[bookmark: _GoBack]" : "";
        var line = output.Add("\t" + prefix + cell.Text);
        return new Cell(cell.Value, line, cell.Text);
    }
}
