using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>Cells of tables 二, 三 and 四 in the five real reports.</summary>
public class SeedTableTests
{
    private static AnnualReport Parse(string seed) => ReportParser.Parse(SeedReports.Read(seed)).Report;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_parses_without_diagnostics_in_the_2021_format(string seed)
    {
        var result = ReportParser.Parse(SeedReports.Read(seed));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(ReportFormat.Format2021, result.Report.Format);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void All_25_by_7_request_cells_are_read(string seed)
    {
        var requests = Parse(seed).Requests!;
        Assert.Equal(RequestRows.Format2021.Select(r => r.Code), requests.Rows.Select(r => r.Code));
        foreach (var row in requests.Rows)
        {
            Assert.Equal(7, row.Cells.Count);
            Assert.All(row.Cells, cell => Assert.False(cell.IsMissing, $"{seed} {row.Code} line {cell.Line}"));
            Assert.All(row.Cells, cell => Assert.True(cell.Line > 0));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Table_four_has_15_zeros_and_table_two_every_field(string seed)
    {
        var report = Parse(seed);
        Assert.Equal(15, report.ReviewLitigation!.Cells.Count);
        Assert.All(report.ReviewLitigation.Cells, cell => Assert.Equal(0m, cell.Value));
        Assert.Equal(14, report.ReviewLitigation.Cells[14].Line - report.ReviewLitigation.Cells[0].Line);
        Assert.All(ProactiveFields.Format2021, f => Assert.False(report.Proactive![f.Code].IsMissing, f.Code));
    }

    [Fact]
    public void Linzi_2024_request_table()
    {
        var t = Parse(SeedReports.LinziOffice2024).Requests!;
        Assert.Equal(12m, t[RequestRows.NewRequests, ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(81, t[RequestRows.NewRequests, ApplicantColumn.NaturalPerson].Line);
        Assert.Equal(2m, t[RequestRows.CarriedOver, ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(5m, t["granted", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(6m, t["partially_granted", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(3m, t["unavailable_not_held", ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(14m, t[RequestRows.TotalProcessed, ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(14m, t[RequestRows.TotalProcessed, ApplicantColumn.Total].Value);
        Assert.Equal(0m, t[RequestRows.CarriedForward, ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(0m, t[RequestRows.NewRequests, ApplicantColumn.CommercialEnterprise].Value);
    }

    [Fact]
    public void Linzi_2024_proactive_table()
    {
        var p = Parse(SeedReports.LinziOffice2024).Proactive!;
        Assert.Equal(1m, p["normativeDocuments.issued"].Value);
        Assert.Equal(6m, p["normativeDocuments.repealed"].Value);
        Assert.Equal(9m, p["normativeDocuments.inForce"].Value);
        Assert.Equal(30, p["normativeDocuments.inForce"].Line);
        Assert.Equal(0m, p["regulations.inForce"].Value);
    }

    [Fact]
    public void Taierzhuang_office_2024_tables()
    {
        var report = Parse(SeedReports.TaierzhuangOffice2024);
        Assert.Equal(2m, report.Proactive!["normativeDocuments.issued"].Value);
        Assert.Equal(4m, report.Proactive["normativeDocuments.inForce"].Value);
        Assert.Equal(4m, report.Requests![RequestRows.NewRequests, ApplicantColumn.NaturalPerson].Value);
        Assert.Equal(1m, report.Requests["granted", ApplicantColumn.Total].Value);
        Assert.Equal(3m, report.Requests["partially_granted", ApplicantColumn.Total].Value);
    }

    [Fact]
    public void Yongan_2024_new_requests_split_into_outcomes()
    {
        var t = Parse(SeedReports.YonganTown2024).Requests!;
        Assert.Equal(5m, t[RequestRows.NewRequests, ApplicantColumn.Total].Value);
        Assert.Equal(3m, t["granted", ApplicantColumn.Total].Value);
        Assert.Equal(1m, t["partially_granted", ApplicantColumn.Total].Value);
        Assert.Equal(1m, t["unavailable_not_held", ApplicantColumn.Total].Value);
        Assert.Equal(5m, t[RequestRows.TotalProcessed, ApplicantColumn.Total].Value);
    }

    /// <summary>004 writes "　　0" and "\u00A0　0" (full-width and non-breaking spaces) in table 二.</summary>
    [Fact]
    public void Full_width_padded_cells_read_as_numbers()
    {
        var p = Parse(SeedReports.YonganTown2024).Proactive!;
        Assert.Equal(new Cell(0m, 29, "0"), p["regulations.issued"]);
        Assert.Equal(new Cell(0m, 30, "0"), p["regulations.repealed"]);
    }

    /// <summary>001 line 333 is "\t[bookmark: _GoBack]0": Word residue before the value.</summary>
    [Fact]
    public void Bookmark_residue_before_a_value_reads_as_zero()
    {
        var t = Parse(SeedReports.TaierzhuangCommerce2023).Requests!;
        var cell = t[RequestRows.TotalProcessed, ApplicantColumn.LegalServiceAgency];
        Assert.Equal(new Cell(0m, 333, "0"), cell);
    }

    /// <summary>"5.要求行政机关确认或重新" / "出具已获取信息": the second half has no TAB.</summary>
    [Fact]
    public void Label_broken_across_lines_is_matched()
    {
        var t = Parse(SeedReports.TaierzhuangOffice2024).Requests!;
        Assert.Equal(299, t["not_processed_reconfirm", ApplicantColumn.NaturalPerson].Line);
        Assert.Equal(332, t["other", ApplicantColumn.NaturalPerson].Line); // "3.其他", not the 其他 column header
        Assert.Equal(342, t[RequestRows.TotalProcessed, ApplicantColumn.NaturalPerson].Line); // not the 总计 header
    }

    public static TheoryData<string> Seeds() => new(SeedReports.All);
}
