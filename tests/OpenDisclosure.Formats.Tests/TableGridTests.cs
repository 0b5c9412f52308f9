using OpenDisclosure.Formats.Layout;

namespace OpenDisclosure.Formats.Tests;

public class TableGridTests
{
    [Fact]
    public void Cells_covered_by_a_rowspan_are_written_blank_once_per_merged_cell_as_word_does()
    {
        // The header of table 四: five rowspan-2 cells, then two colspan-5 groups.
        var table = new SourceTable()
            .AddRow(new SourceCell("行政复议", ColSpan: 5), new SourceCell("行政诉讼", ColSpan: 10))
            .AddRow([.. Enumerable.Range(0, 5).Select(i => new SourceCell($"h{i}", RowSpan: 2)), new SourceCell("未经复议直接起诉", ColSpan: 5), new SourceCell("复议后起诉", ColSpan: 5)])
            .AddRow([.. Enumerable.Range(0, 10).Select(i => new SourceCell($"s{i}"))]);

        var rows = FlatTextWriter.Flatten(table);

        Assert.Equal(["行政复议", "行政诉讼"], rows[0]);
        Assert.Equal(7, rows[1].Count);
        Assert.Equal(["", "", "", "", "", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"], rows[2]);
    }

    [Fact]
    public void A_rowspan_on_the_last_column_leaves_a_trailing_blank()
    {
        var table = new SourceTable()
            .AddRow(new SourceCell("自然人", RowSpan: 2), new SourceCell("法人或其他组织", ColSpan: 2), new SourceCell("总计", RowSpan: 2))
            .AddRow(new SourceCell("商业企业"), new SourceCell("其他"));

        Assert.Equal(["", "商业企业", "其他", ""], FlatTextWriter.Flatten(table)[1]);
    }

    [Theory]
    [InlineData("结果\n   维持", "结果维持")]
    [InlineData("\u00a0\u00a0第二十条\u3000第（一）项 ", "第二十条第（一）项")]
    [InlineData("1 2", "1 2")]
    [InlineData("Word  PDF", "Word PDF")]
    public void Whitespace_is_dropped_next_to_chinese_and_kept_between_digits(string raw, string expected) =>
        Assert.Equal(expected, CellText.Normalize(raw));
}
