using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Scoring.Profiles;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// Scores stored reports under a profile other than the default, from their stored findings, when asked (the
/// default profile's scores are kept by the store). A profile added as a file therefore needs no re-seeding.
/// </summary>
public static class ProfileScoring
{
    /// <summary>Every report of <paramref name="rows"/> scored under <paramref name="profile"/>, as /compliance items.</summary>
    public static async Task<List<ComplianceItem>> ListAsync(DisclosureDb db, IQueryable<ComplianceRow> rows, ScoringProfile profile, CancellationToken ct)
    {
        var reports = await (from c in rows join a in db.Agencies on c.AgencyId equals a.Id
                             select new { c.ReportId, c.AgencyId, a.Name, c.Year }).ToListAsync(ct);
        var findings = (await (from f in db.Findings join c in rows on f.ReportId equals c.ReportId select f).ToListAsync(ct))
            .ToLookup(f => f.ReportId);
        var dismissed = await FindingReviews.DismissedAsync(db, rows.Select(c => c.ReportId), ct);
        return reports.Select(r => Item(r.ReportId, r.AgencyId, r.Name, r.Year,
            ProfileScorer.Score(profile, findings[r.ReportId].Select(f => f.ToFinding()), f => dismissed(r.ReportId, f)))).ToList();
    }

    public static ComplianceItem Item(int reportId, int agencyId, string agencyName, int year, ProfileScore score) =>
        new(reportId, agencyId, agencyName, year, score.Score is { } s ? (double)s : null, ScoreKey(score.Score),
            (int)score.AssessedPoints, null, null, null, null, null)
        {
            Profile = score.Profile.Id,
            Points = score.Points,
            Uncertain = score.Uncertain,
            Flagged = score.Flagged.Count(),
            Items = score.Items.ToDictionary(i => i.Item.Code, i => i.Earned),
        };

    /// <summary>Score × 10 as an integer, −1 when null (the same key the store keeps).</summary>
    public static int ScoreKey(decimal? score) => score is { } s ? (int)(s * 10) : -1;
}
