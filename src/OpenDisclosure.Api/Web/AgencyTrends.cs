using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Web;

/// <summary>Table 三 of one year in brief: what came in, how it ended (totals column), what was carried forward.</summary>
public sealed record RequestYear(int Year, long? Received, long? CarriedOver, long? Processed, long? Granted, long? PartlyGranted,
    long? Refused, long? CouldNotProvide, long? NotProcessed, long? Other, long? CarriedForward)
{
    /// <summary>Share of the processed requests, in percent (one decimal); null when nothing was processed.</summary>
    public decimal? Share(long? part) => Processed is > 0 && part is { } p ? Math.Round(100m * p / Processed.Value, 1) : null;
}

/// <summary>Table 四 of one year.</summary>
public sealed record ReviewYear(int Year, ReviewLitigationDto Counts);

/// <summary>
/// An agency's figures across years for the agency page's trend charts, read with three indexed queries (table 三
/// totals, table 四, scores) so the page costs the same whatever the size of the store.
/// </summary>
public static class AgencyTrends
{
    public static async Task<IReadOnlyList<RequestYear>> RequestsAsync(DisclosureDb db, int agencyId, CancellationToken ct)
    {
        var cells = await db.RequestOutcomes.Where(o => o.AgencyId == agencyId)
            .Select(o => new { o.Year, o.RowCode, o.Total }).ToListAsync(ct);
        return cells.GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g =>
        {
            var byRow = g.ToDictionary(c => c.RowCode, c => c.Total);
            long? Row(string code) => byRow.GetValueOrDefault(code);
            // A group's cells summed; null when none of them was readable (never a false 0).
            long? Group(string group)
            {
                var values = RequestRows.AllCodes.Where(r => r.Group == group).Select(r => Row(r.Code)).Where(v => v is not null).ToList();
                return values.Count == 0 ? null : values.Sum();
            }
            return new RequestYear(g.Key, Row(RequestRows.NewRequests), Row(RequestRows.CarriedOver), Row(RequestRows.TotalProcessed),
                Row("granted"), Row("partially_granted"), Group("denied"), Group("unavailable"), Group("not_processed"), Group("other"),
                Row(RequestRows.CarriedForward));
        }).ToList();
    }

    public static async Task<IReadOnlyList<ReviewYear>> ReviewsAsync(DisclosureDb db, int agencyId, CancellationToken ct)
    {
        var rows = await (from r in db.Reports
                          where r.AgencyId == agencyId
                          join l in db.ReviewLitigation on r.Id equals l.ReportId
                          orderby r.Year
                          select new { r.Year, Row = l }).ToListAsync(ct);
        return rows.Select(x => new ReviewYear(x.Year, ReportDetailMapper.ToDto(x.Row))).ToList();
    }

    /// <summary>The scores of these reports, by primary key: the compliance table has no agency index, and a scan
    /// for one agency cost 0.1 s at 100,000 reports.</summary>
    public static async Task<IReadOnlyList<ComplianceRow>> ScoresAsync(DisclosureDb db, IReadOnlyList<int> reportIds, CancellationToken ct) =>
        await db.Compliance.Where(c => reportIds.Contains(c.ReportId)).OrderBy(c => c.Year).ToListAsync(ct);
}
