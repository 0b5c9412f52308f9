using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

/// <summary>Reviews are kept by report content, rule and location: re-seeding re-creates the finding rows, not the reviews.</summary>
public sealed class FindingReviewsTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_review_survives_re_seeding_of_the_unchanged_report()
    {
        await DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);
        long findingId;
        await using (var db = _store.Open())
        {
            findingId = await db.Findings.Where(f => f.RuleId == "date.missing" && db.Agencies.Any(a => a.Id == f.AgencyId && a.Name.Contains("临淄区")))
                .Select(f => f.Id).SingleAsync();
            var review = await FindingReviews.SaveAsync(db, findingId, "dismissed", "checked", "评估员甲", new DateTime(2026, 12, 5, 20, 0, 0, DateTimeKind.Utc), default);
            Assert.Equal("2026-12-05T20:00:00Z", review!.ReviewedAt);
            Assert.Equal(100, (await db.Compliance.SingleAsync(c => c.Year == 2024 && db.Reports.Any(r => r.Id == c.ReportId && r.Agency.Name.Contains("临淄区")))).Score);
        }

        // Re-seed: a changed file replaces the report, then the original bytes come back (new report and finding ids).
        var original = Path.Combine(_store.ReportsFolder, SeedReports.Linzi);
        var importer = new ReportImporter(_store.DatabasePath);
        importer.ImportFiles([ReportVariants.Write(_store.Folder, "linzi-changed.txt", ReportVariants.Linzi(2024, ("本年新收", ReportVariants.Natural(13))))]);
        new ReportImporter(_store.DatabasePath).ImportFiles([ReportVariants.Write(_store.Folder, SeedReports.Linzi, File.ReadAllText(original))]);

        await using var after = _store.Open();
        var finding = await after.Findings.SingleAsync(f => f.RuleId == "date.missing" && after.Agencies.Any(a => a.Id == f.AgencyId && a.Name.Contains("临淄区")));
        Assert.NotEqual(findingId, finding.Id);
        var dismissed = await FindingReviews.DismissedAsync(after, after.Reports.Select(r => r.Id), default);
        Assert.True(dismissed(finding.ReportId, finding.ToFinding()));
        // The import's passes re-score with the review: the missing date still costs nothing.
        Assert.Equal(100, (await after.Compliance.SingleAsync(c => c.ReportId == finding.ReportId)).Score);
    }
}
