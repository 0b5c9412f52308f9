using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data;

/// <summary>
/// Evaluators' reviews of findings: kept by report content, rule and location (<see cref="FindingReviewRow"/>), so
/// they apply to the finding rows the passes and re-seeding re-create for an unchanged report.
/// </summary>
public static class FindingReviews
{
    /// <summary>Stores (or replaces) the review of a finding and re-scores its report; null when no finding has this id.</summary>
    public static async Task<FindingReviewRow?> SaveAsync(DisclosureDb db, long findingId, string status, string? note, string reviewer,
        DateTime now, CancellationToken ct)
    {
        var target = await db.Findings.Where(f => f.Id == findingId)
            .Join(db.Reports, f => f.ReportId, r => r.Id, (f, r) => new { Finding = f, r.Sha256 }).FirstOrDefaultAsync(ct);
        if (target is null) return null;
        var key = FindingReviewRow.KeyOf(target.Finding.ToFinding().Location);
        var row = await db.FindingReviews.AsTracking()
            .FirstOrDefaultAsync(v => v.ReportSha256 == target.Sha256 && v.RuleId == target.Finding.RuleId && v.LocationKey == key, ct);
        if (row is null)
        {
            row = new FindingReviewRow { ReportSha256 = target.Sha256, RuleId = target.Finding.RuleId, LocationKey = key, Status = status, Reviewer = reviewer, ReviewedAt = "" };
            db.FindingReviews.Add(row);
        }
        row.Status = status;
        row.Note = note;
        row.Reviewer = reviewer;
        row.ReviewedAt = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(ct);
        await RescoreAsync(db, target.Finding.ReportId, ct);
        return row;
    }

    /// <summary>The findings a reviewer dismissed, per report, for the reports of <paramref name="reportIds"/>.</summary>
    public static async Task<Func<int, Finding, bool>> DismissedAsync(DisclosureDb db, IQueryable<int> reportIds, CancellationToken ct)
    {
        var dismissed = (await (from v in db.FindingReviews
                                where v.Status == FindingReviewRow.Dismissed
                                join r in db.Reports on v.ReportSha256 equals r.Sha256
                                where reportIds.Contains(r.Id)
                                select new { r.Id, v.RuleId, v.LocationKey }).ToListAsync(ct))
            .Select(d => (d.Id, d.RuleId, d.LocationKey)).ToHashSet();
        return (reportId, f) => dismissed.Count > 0 && dismissed.Contains((reportId, f.RuleId, FindingReviewRow.KeyOf(f.Location)));
    }

    /// <summary>Recomputes a report's stored (default-profile) score with its reviews.</summary>
    private static async Task RescoreAsync(DisclosureDb db, int reportId, CancellationToken ct)
    {
        var findings = (await db.Findings.Where(f => f.ReportId == reportId).OrderBy(f => f.Id).ToListAsync(ct)).Select(f => f.ToFinding()).ToList();
        var dismissed = await DismissedAsync(db, db.Reports.Where(r => r.Id == reportId).Select(r => r.Id), ct);
        var score = ComplianceScorer.Score(findings, f => dismissed(reportId, f));
        var row = await db.Compliance.AsTracking().FirstOrDefaultAsync(c => c.ReportId == reportId, ct);
        if (row is null) return;
        ComplianceRows.Fill(row, score);
        await db.SaveChangesAsync(ct);
    }
}
