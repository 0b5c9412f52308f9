using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

/// <summary>内容雷同 over the store: the real 临淄区 2024 report loaded again as 2025 with only its year changed.</summary>
public sealed class SimilarityPassTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<string> CopiedLinzi2025Async()
    {
        await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);
        return ReportVariants.Write(_store.Folder, "linzi-2025.txt", ReportVariants.Linzi(2025));
    }

    [Fact]
    public async Task A_report_with_only_its_year_changed_is_flagged_with_its_share_and_passages()
    {
        new ReportImporter(_store.DatabasePath).ImportFiles([await CopiedLinzi2025Async()]);

        await using var db = _store.Open();
        var linzi2024 = await db.Reports.SingleAsync(r => r.Year == 2024 && r.Agency.Name.Contains("临淄区"));
        var linzi2025 = await db.Reports.SingleAsync(r => r.Year == 2025);
        var match = await db.Similarity.SingleAsync(s => s.ReportId == linzi2025.Id && s.Kind == "previous_year");
        Assert.Equal(linzi2024.Id, match.OtherReportId);
        Assert.Equal(1.0, match.Share); // digits are compared as one '0', so a changed year is the same wording
        Assert.StartsWith("[\"临淄区人民政府办公室2025年政府信息公开工作", match.Passages); // one passage: the whole text, cut at 160 characters

        var finding = await db.Findings.SingleAsync(f => f.ReportId == linzi2025.Id && f.RuleId == "similarity.copied");
        Assert.Equal(("warning", "previous_year", "100%"), (finding.Severity, finding.RowCode, finding.Actual));
        Assert.Contains("report " + linzi2024.Id, finding.MessageZh);
        Assert.Contains("linzi-2025.txt", (await db.Reports.SingleAsync(r => r.Id == linzi2025.Id)).SourceFile);
        Assert.Contains(SeedReports.Linzi, finding.Evidence);
        Assert.Contains("「", finding.Evidence);
        // The seeds themselves are not copies of each other.
        Assert.False(await db.Findings.AnyAsync(f => f.ReportId != linzi2025.Id && f.RuleId == "similarity.copied"));
        // Flagged, not deducted, under the default profile: narrative agreement keeps its 15 points.
        Assert.Equal(15, (await db.Compliance.SingleAsync(c => c.ReportId == linzi2025.Id)).Narrative);
    }

    [Fact]
    public async Task Loading_the_previous_year_later_updates_the_next_years_match()
    {
        var copy = await CopiedLinzi2025Async();
        // 2025 alone first (its 2024 original removed from a fresh store), then the original.
        var fresh = Path.Combine(_store.Folder, "fresh.db");
        await DatabaseBootstrap.EnsureSchemaAsync(fresh);
        new ReportImporter(fresh).ImportFiles([copy]);
        using (var db = DisclosureDbFactory.Create(fresh))
            Assert.False(await db.Similarity.AnyAsync(s => s.Kind == "previous_year"));
        new ReportImporter(fresh).ImportFiles([Path.Combine(_store.ReportsFolder, SeedReports.Linzi)]);
        using (var db = DisclosureDbFactory.Create(fresh))
        {
            var match = await db.Similarity.SingleAsync(s => s.Kind == "previous_year");
            Assert.Equal(2025, match.Year);
            Assert.Equal(1.0, match.Share);
            Assert.Single(await db.Findings.Where(f => f.RuleId == "similarity.copied").ToListAsync());
        }
    }
}
