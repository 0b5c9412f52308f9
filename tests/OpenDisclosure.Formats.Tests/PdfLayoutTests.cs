using OpenDisclosure.Formats.Pdf;

namespace OpenDisclosure.Formats.Tests;

/// <summary>The layout-text table reader on hand-written layout text (the shape PdfLetterLayout writes).</summary>
public class PdfLayoutTests
{
    private const string Head = """
            临淄区人民政府办公室2024年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
                                 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        """;

    private static List<List<string>> Rows(string layout, out List<Reports.Validation.Finding> diagnostics)
    {
        var (text, found) = LayoutDocument.Convert(layout, "t.pdf");
        diagnostics = found;
        return FlatTables.Rows(text);
    }

    [Fact]
    public void Page_number_and_page_break_inside_a_table_do_not_split_it()
    {
        var layout = Head + """

            一、本年新收政府信息公开申请数量        12    0    0    0    0    0   12

                                     — 5 —
            """ + "\f" + """
            二、上年结转政府信息公开申请数量         2    0    0    0    0    0    2
            四、政府信息公开行政复议、行政诉讼情况
            """;

        var rows = Rows(layout, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["一、本年新收政府信息公开申请数量", "12", "0", "0", "0", "0", "0", "12"], rows[^2]);
        Assert.Equal(["二、上年结转政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"], rows[^1]);
    }

    [Fact]
    public void A_label_wrapped_around_its_value_line_is_joined()
    {
        var layout = Head + """

                 1.申请人无正当理由逾期不补正、行政机
                                                0    0    0    0    0    0    0
                    关不再处理其政府信息公开申请
                 2.申请人逾期未按收费通知要求缴纳费
            （六）其他处理   用、行政机关不再处理其政府信息公开申     1    0    0    0    0    0    1
                              请
            """;

        var rows = Rows(layout, out _);

        Assert.Contains(["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"], rows);
        Assert.Contains(rows, r => r.SequenceEqual(["（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "1", "0", "0", "0", "0", "0", "1"]));
    }

    /// <summary>A layout line with text at exact columns, as the layout text has it.</summary>
    private static string At(params (int Column, string Text)[] pieces)
    {
        var line = new System.Text.StringBuilder();
        foreach (var (column, text) in pieces) line.Append(' ', Math.Max(1, column - line.Length)).Append(text);
        return line.ToString();
    }

    private static readonly int[] Columns = [40, 46, 52, 58, 64, 70, 76];

    private static string Row(string label, params string?[] values) =>
        At([(4, label), .. values.Select((v, i) => (Columns[i], v)).Where(p => p.v is not null).Select(p => (p.Item1, p.v!))]);

    [Fact]
    public void A_missing_value_is_placed_only_when_its_column_is_clear()
    {
        var layout = string.Join("\n",
            "三、收到和处理政府信息公开申请情况",
            Row("一、本年新收政府信息公开申请数量", "12", "0", "0", "0", "0", "0", "12"),
            Row("二、上年结转政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"),
            Row("（一）予以公开", "5", "0", null, "0", "0", "0", "5"),
            At((4, "（二）部分公开"), (43, "6 0 0 0 0 6")),
            "四、政府信息公开行政复议、行政诉讼情况");

        var rows = Rows(layout, out var diagnostics);

        // One gap, right under the 科研机构 column: the others are placed by position and that cell stays empty.
        Assert.Equal(["（一）予以公开", "5", "0", "", "0", "0", "0", "5"], rows[^2]);
        // Six numbers squeezed between the columns: no column is certain, so nothing is guessed.
        Assert.Equal(["（二）部分公开", "", "", "", "", "", "", ""], rows[^1]);
        var finding = Assert.Single(diagnostics);
        Assert.Equal("format.pdf_cell_unplaced", finding.RuleId);
        Assert.Contains("PDF page 1, layout line 5", finding.MessageEn);
        Assert.Contains("（二）部分公开", finding.MessageEn);
    }

    [Fact]
    public void A_row_with_every_count_but_one_under_the_wrong_column_is_left_empty_not_shifted()
    {
        // Seven numbers for seven columns, but the 科研机构 cell is blank and a stray number sits past 总计: read in
        // order it would shift three cells left. Each number must sit nearest its own column.
        var layout = string.Join("\n",
            "三、收到和处理政府信息公开申请情况",
            Row("一、本年新收政府信息公开申请数量", "12", "0", "0", "0", "0", "0", "12"),
            Row("二、上年结转政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"),
            At((4, "（一）予以公开"), (40, "5"), (46, "1"), (58, "0"), (64, "0"), (70, "0"), (76, "6"), (84, "9")),
            "四、政府信息公开行政复议、行政诉讼情况");

        var rows = Rows(layout, out var diagnostics);

        Assert.Equal(["（一）予以公开", "", "", "", "", "", "", ""], rows[^1]);
        Assert.Equal("format.pdf_cell_unplaced", Assert.Single(diagnostics).RuleId);
    }
}
