using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

/// <summary>The cross-year pass over the store: the real 临淄区 2024 seed with a 2023 variant of known values.</summary>
public sealed class CrossYearPassTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<string> Linzi2024Async()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        return Path.Combine(_store.ReportsFolder, SeedReports.Linzi);
    }

    private void Import(params string[] paths) => new ReportImporter(_store.DatabasePath).ImportFiles(paths);

    private async Task<List<(string Rule, string Severity, string? Column, string? Evidence)>> CrossYearFindings(int year)
    {
        await using var db = _store.Open();
        return (await db.Findings.Where(f => f.Year == year && f.RuleId.StartsWith("crossyear.") && db.Agencies.Any(a => a.Id == f.AgencyId && a.Name.Contains("临淄区")))
            .OrderBy(f => f.Id).Select(f => new { f.RuleId, f.Severity, f.ColumnCode, f.Evidence }).ToListAsync())
            .Select(f => (f.RuleId, f.Severity, f.ColumnCode, f.Evidence)).ToList();
    }

    [Fact]
    public async Task Seeds_alone_are_not_assessable_and_scored()
    {
        await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);
        await using var db = _store.Open();
        Assert.Equal(5, await db.Findings.CountAsync(f => f.RuleId == "crossyear.not_assessable"));
        var scores = await db.Compliance.Join(db.Reports, c => c.ReportId, r => r.Id, (c, r) => new { r.SourceFile, c.Score, c.AssessedWeight, c.Continuity, c.Narrative })
            .ToDictionaryAsync(x => x.SourceFile[..3]);
        Assert.Equal(5, scores.Count);
        Assert.All(scores.Values, s => Assert.Null(s.Continuity));
        Assert.Equal(100, scores["000"].Score);
        Assert.Equal(93.8, scores["001"].Score);
        Assert.Equal(10, scores["001"].Narrative);
        Assert.Equal(78.8, scores["003"].Score);
        Assert.Equal(80, scores["003"].AssessedWeight);
        // The info finding is counted on the report.
        Assert.All(await db.Reports.ToListAsync(), r => Assert.Equal(1, r.InfoCount));
    }

    [Fact]
    public async Task Consistent_previous_year_makes_continuity_pass()
    {
        var linzi2024 = await Linzi2024Async();
        Import(ReportVariants.Write(_store.Folder, "linzi-2023.txt", ReportVariants.Linzi2023()), linzi2024);

        Assert.Empty(await CrossYearFindings(2024));
        Assert.Equal("crossyear.not_assessable", Assert.Single(await CrossYearFindings(2023)).Rule);
        await using var db = _store.Open();
        var score = await db.Compliance.SingleAsync(c => c.Year == 2024);
        Assert.Equal(20, score.Continuity);
        Assert.Equal(100, score.AssessedWeight);
    }

    [Fact]
    public async Task Carry_over_break_is_found_on_the_later_report_naming_both()
    {
        var linzi2024 = await Linzi2024Async();
        Import(ReportVariants.Write(_store.Folder, "linzi-2023.txt", ReportVariants.Linzi2023(carriedForward: 3)), linzi2024);

        var findings = await CrossYearFindings(2024);
        Assert.Equal(["naturalPerson", "total"], findings.Select(f => f.Column));
        Assert.All(findings, f => Assert.Equal(("crossyear.carry_over", "error"), (f.Rule, f.Severity)));
        Assert.Contains("linzi-2023.txt", findings[0].Evidence);
        Assert.Contains(SeedReports.Linzi, findings[0].Evidence);
    }

    /// <summary>A 2025 built from the real 2024 text with 上年结转 1…6 (total 21): 2024 carried forward 0 in every
    /// column, so each of the seven columns is its own finding, stored on 2025.</summary>
    [Fact]
    public async Task Carry_over_is_checked_on_all_seven_columns_each_its_own_finding()
    {
        var linzi2024 = await Linzi2024Async();
        Import(linzi2024, ReportVariants.Write(_store.Folder, "linzi-2025.txt",
            ReportVariants.Linzi(2025, ("上年结转政府信息公开申请数量", [1, 2, 3, 4, 5, 6, 21]))));

        var findings = (await CrossYearFindings(2025)).Where(f => f.Rule == "crossyear.carry_over").ToList();
        Assert.Equal(["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
            "legalServiceAgency", "otherOrganization", "total"], findings.Select(f => f.Column));
        Assert.Contains("法律服务机构）= 5", findings[4].Evidence);
        await using var db = _store.Open();
        Assert.Equal(7, await db.Findings.CountAsync(f => f.Year == 2025 && f.RuleId == "crossyear.carry_over" && f.RowCode == "carried_over"));
    }

    [Fact]
    public async Task Yoy_claim_is_rechecked_when_the_previous_year_arrives_in_a_later_import()
    {
        var linzi2024 = await Linzi2024Async();
        Import(linzi2024);
        Assert.Equal("crossyear.not_assessable", Assert.Single(await CrossYearFindings(2024)).Rule);

        // 12 after 30 is −60%, not the −55.55% the 2024 text states.
        Import(ReportVariants.Write(_store.Folder, "linzi-2023.txt", ReportVariants.Linzi2023(newRequests: 30)));
        var finding = Assert.Single(await CrossYearFindings(2024));
        Assert.Equal(("crossyear.yoy_claim", "warning"), (finding.Rule, finding.Severity));
        Assert.Contains("同比下降55.55%", finding.Evidence);
    }

    [Fact]
    public async Task In_force_break_is_found()
    {
        var linzi2024 = await Linzi2024Async();
        Import(ReportVariants.Write(_store.Folder, "linzi-2023.txt", ReportVariants.Linzi2023(normativeInForce: 10)), linzi2024);

        var finding = Assert.Single(await CrossYearFindings(2024));
        Assert.Equal(("crossyear.in_force", "warning"), (finding.Rule, finding.Severity));
        Assert.Contains("现行有效件数 = 10", finding.Evidence);
    }
}
