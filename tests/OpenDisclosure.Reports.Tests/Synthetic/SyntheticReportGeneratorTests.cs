using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Synthetic;
using OpenDisclosure.Reports.Tests.Parsing;

namespace OpenDisclosure.Reports.Tests.Synthetic;

public class SyntheticReportGeneratorTests
{
    [Fact]
    public void Same_seed_same_report_other_seed_other_report()
    {
        var a = SyntheticReportGenerator.Generate(42);
        var b = SyntheticReportGenerator.Generate(42);
        var c = SyntheticReportGenerator.Generate(43);

        Assert.Equal(a.Text, b.Text);
        Assert.NotEqual(a.Text, c.Text);
    }

    [Fact]
    public void Options_fix_agency_year_template_and_late_date()
    {
        var report = SyntheticReportGenerator.Generate(7, new SyntheticOptions
        {
            AgencyName = "临淄区人民政府办公室", Year = 2020, Dates = DatePolicy.Late,
        });

        Assert.Equal(("临淄区人民政府办公室", 2020, ReportFormat.Format2019), (report.Expected.AgencyName, report.Expected.Year, report.Expected.Format));
        Assert.Equal(["date.late"], report.InjectedDefects);
        Assert.True(report.Expected.PublishedOn > new DateOnly(2021, 1, 31));
        Assert.Contains("\t（六）其他处理\n\t", report.Text); // the 2019 template's single 其他处理 row
        Assert.Contains("\t第二十条第（九）项", report.Text);
    }

    [Fact]
    public void Unknown_defect_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SyntheticReportGenerator.Generate(1, new SyntheticOptions { Defect = "table3.nonsense" }));
    }

    [Fact]
    public void Table_three_header_is_laid_out_exactly_like_the_real_reports()
    {
        // Lines 74–91 of 台儿庄区's 2024 report: the 勾稽关系 note, 申请人情况 and the two header rows.
        var real = SeedReports.Lines(SeedReports.TaierzhuangOffice2024).Skip(73).Take(18).ToList();
        var generated = SyntheticReportGenerator.Generate(5, new SyntheticOptions { Format = ReportFormat.Format2021 }).Text;

        Assert.Contains(string.Join('\n', real), generated);
    }

    [Fact]
    public void Counts_are_mostly_small_with_a_long_tail()
    {
        var totals = Enumerable.Range(0, 1_500)
            .Select(seed => SyntheticReportGenerator.Generate(seed).Expected.Requests![RequestRows.NewRequests, ApplicantColumn.Total].Count ?? 0)
            .ToList();

        Assert.InRange(totals.Count(t => t == 0) / 1_500.0, 0.2, 0.7);
        Assert.InRange(totals.Count(t => t <= 10) / 1_500.0, 0.75, 0.98);
        Assert.Contains(totals, t => t >= 300);
    }

    [Fact]
    public void Real_world_quirks_all_occur()
    {
        var texts = Enumerable.Range(0, 300).Select(seed => SyntheticReportGenerator.Generate(seed).Text).ToList();

        string[] quirks =
        [
            "[bookmark: _Hlk", "[bookmark: _GoBack]", "\t　", "\t\u00A0　", "\t5.要求行政机关确认或重新\n出具已获取信息",
            "\n3、 行政机关收到", "\n    四、", "\t结果\n\n维持", "\t结果 维持", "近4年受理依申请公开数量\t",
            "统计期限", "统计时限", "联系（地址：", "\n\n\n\n\n\n\n\n\n\n",
        ];
        Assert.All(quirks, quirk => Assert.Contains(texts, t => t.Contains(quirk)));
    }

    [Fact]
    public void Each_defect_is_recorded_and_the_expected_report_holds_the_broken_value()
    {
        var balance = SyntheticReportGenerator.Generate(11, new SyntheticOptions { Defect = "table3.balance" }).Expected.Requests!;
        var inflow = balance[RequestRows.NewRequests, ApplicantColumn.Total].Value + balance[RequestRows.CarriedOver, ApplicantColumn.Total].Value;
        var outflow = balance[RequestRows.TotalProcessed, ApplicantColumn.Total].Value + balance[RequestRows.CarriedForward, ApplicantColumn.Total].Value;
        Assert.True(inflow > outflow);

        var missing = SyntheticReportGenerator.Generate(12, new SyntheticOptions { Defect = "cell.missing" });
        Assert.Equal(["cell.missing"], missing.InjectedDefects);
        var cells = missing.Expected.Requests!.Rows.SelectMany(r => r.Cells)
            .Concat(missing.Expected.ReviewLitigation!.Cells).Concat(missing.Expected.Proactive!.Cells.Values);
        Assert.Single(cells, c => c.IsMissing);
    }
}
