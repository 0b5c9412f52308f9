using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况) across reports, one item per report.</summary>
public static class ReviewsLitigationApi
{
    public static RouteGroupBuilder MapReviewsLitigationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reviews-litigation", List).WithName("listReviewsLitigation").WithTags("Reviews and litigation").ProducesList(Csv)
            .WithSummary("Table 四: administrative reviews and lawsuits about disclosure decisions")
            .WithDescription("`review` (行政复议), `litigationDirect` (未经复议直接起诉), `litigationAfterReview` (复议后起诉), "
                + "each with `upheld`, `corrected`, `other`, `pending`, `total`. CSV columns are `group.measure`, e.g. `review.upheld`.");
        return api;
    }

    public static async Task<Results<Ok<Page<ReviewLitigationItem>>, CsvResult<ReviewLitigationItem>, ProblemHttpResult>> List(
        [AsParameters] ReportFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var reports = filter.Apply(db.Reports);
        if (list.WantsCsv(http.Request))
            return new CsvResult<ReviewLitigationItem>(Project(reports, db, null).AsAsyncEnumerable(), Csv, list.Bom == true, "reviews-litigation");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        var page = await Project(reports, db, (int?)key?[0]).Take(list.PageSize + 1).ToListAsync(http.RequestAborted);
        return Pages.Of(http, page, list.PageSize, i => Cursor.Format(i.ReportId));
    }

    // Keyed and ordered on the report's id, not table 四's: the reports index (Year, Id) then reads a page in order;
    // ordering on t.ReportId made SQLite sort every report of the year for each page.
    private static IQueryable<ReviewLitigationItem> Project(IQueryable<OpenDisclosure.Data.Rows.ReportRow> reports, DisclosureDb db, int? after) =>
        from r in reports
        where after == null || r.Id > after
        join t in db.ReviewLitigation on r.Id equals t.ReportId
        orderby r.Id
        select new ReviewLitigationItem(r.Id, r.AgencyId, r.Agency.Name, r.Year,
            new ReviewLitigationCounts(t.ReviewUpheld, t.ReviewCorrected, t.ReviewOther, t.ReviewPending, t.ReviewTotal),
            new ReviewLitigationCounts(t.LitigationDirectUpheld, t.LitigationDirectCorrected, t.LitigationDirectOther,
                t.LitigationDirectPending, t.LitigationDirectTotal),
            new ReviewLitigationCounts(t.LitigationAfterReviewUpheld, t.LitigationAfterReviewCorrected, t.LitigationAfterReviewOther,
                t.LitigationAfterReviewPending, t.LitigationAfterReviewTotal));

    private static readonly CsvColumns<ReviewLitigationItem> Csv = ReviewLitigationTable.Groups
        .SelectMany((g, gi) => ReviewLitigationTable.Measures.Select((m, mi) => (Code: $"{g.Code}.{m.Code}", gi, mi)))
        .Aggregate(new CsvColumns<ReviewLitigationItem>()
                .Add("reportId", (w, i) => w.Field(i.ReportId)).Add("agencyId", (w, i) => w.Field(i.AgencyId))
                .Add("agencyName", (w, i) => w.Field(i.AgencyName)).Add("year", (w, i) => w.Field(i.Year)),
            (csv, c) => csv.Add(c.Code, (w, i) => w.Field(i.Group(c.gi)[c.mi])));
}

/// <summary>Table 四 of one report (null = missing cell).</summary>
/// <param name="Review">行政复议.</param>
/// <param name="LitigationDirect">行政诉讼 未经复议直接起诉.</param>
/// <param name="LitigationAfterReview">行政诉讼 复议后起诉.</param>
public sealed record ReviewLitigationItem(int ReportId, int AgencyId, string AgencyName, int Year,
    ReviewLitigationCounts Review, ReviewLitigationCounts LitigationDirect, ReviewLitigationCounts LitigationAfterReview)
{
    /// <summary>A group by its position in ReviewLitigationTable.Groups.</summary>
    public ReviewLitigationCounts Group(int index) => index switch { 0 => Review, 1 => LitigationDirect, _ => LitigationAfterReview };
}
