using OpenDisclosure.Formats.Layout;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// The hostile files of issue 17 (span and nesting attacks, DOCX bombs, a 100,000-page PDF, a million-digit cell),
/// each built in code: reading and checking one never throws, and the ones past a limit come back as the
/// format.*_too_large finding naming the file and the limit. How fast they are answered is measured by reliability/.
/// </summary>
public class HostileFileTests
{
    public static TheoryData<string> Classes() => [.. HostileFiles.All().Select(f => f.Class)];

    [Theory]
    [MemberData(nameof(Classes))]
    public void Hostile_file_is_answered_with_a_finding_not_a_crash(string hostileClass)
    {
        var file = HostileFiles.All().Single(f => f.Class == hostileClass);

        var checkedReport = DocumentCheck.Run(file.FileName, file.Bytes);

        if (file.ExpectedRule is { } rule)
        {
            var finding = Assert.Single(checkedReport.Findings, f => f.RuleId == rule);
            Assert.Contains(file.FileName, finding.MessageEn);
            Assert.Contains("exceeds the limit of", finding.MessageEn);
        }
        Assert.DoesNotContain(checkedReport.Findings, f => f.RuleId is "format.unreadable" or "parse.internal_error");
    }

    [Fact]
    public void Docx_bomb_names_the_decompressed_size_limit()
    {
        var read = DocumentReader.Read("bomb.docx", HostileFiles.DocxBomb(96L * 1024 * 1024));

        var finding = Assert.Single(read.Diagnostics);
        Assert.Equal("format.docx_too_large", finding.RuleId);
        Assert.Equal($"bomb.docx: decompressed size (bytes) exceeds the limit of {ReadLimits.Default.MaxDocxDecompressedBytes} (MaxDocxDecompressedBytes); the file was not read",
            finding.MessageEn);
    }

    [Fact]
    public void A_large_vertical_merge_under_the_limits_is_read_whole()
    {
        // 200 columns, each one merge over 200 rows: 40,000 grid cells, under MaxTableCells (50,000).
        var read = DocumentReader.Read("vmerge.docx", HostileFiles.Docx(HostileFiles.VMergeTable(200, 200)));

        Assert.Empty(read.Diagnostics);
        var rows = FlatTables.Rows(read.Text);
        Assert.Equal(200, rows.Count);
        Assert.All(rows, row => Assert.Equal(200, row.Count));
    }

    [Fact]
    public void Rowspan_past_the_last_row_ends_at_the_last_row()
    {
        var table = new SourceTable()
            .AddRow(new SourceCell("a", RowSpan: 65534), new SourceCell("b"))
            .AddRow(new SourceCell("c"));

        Assert.Equal([["a", "b"], ["", "c"]], FlatTextWriter.Flatten(table));
    }

    [Fact]
    public void Rowspan_zero_covers_the_rows_to_the_end()
    {
        var table = new SourceTable()
            .AddRow(new SourceCell("a", RowSpan: 0), new SourceCell("b"))
            .AddRow(new SourceCell("c"))
            .AddRow(new SourceCell("d"));

        Assert.Equal([["a", "b"], ["", "c"], ["", "d"]], FlatTextWriter.Flatten(table));
    }

    [Fact]
    public void A_table_past_the_cell_limit_is_refused()
    {
        var table = new SourceTable();
        for (var r = 0; r < 100; r++) table.AddRow(new SourceCell("x", RowSpan: 0));

        var error = Assert.Throws<ReadLimitExceededException>(() => FlatTextWriter.Flatten(table, maxCells: 1000));
        Assert.Equal(nameof(ReadLimits.MaxTableCells), error.Setting);
    }

    [Fact]
    public void Pdf_page_count_reads_the_page_tree()
    {
        Assert.Equal(100_000, PdfPageCount.Count(HostileFiles.PdfWithPages(100_000)));
        Assert.Equal(3, PdfPageCount.Count(Fixture.Bytes("linzi-2024.pdf"))); // the 临淄区 report as a 3-page PDF
    }
}
