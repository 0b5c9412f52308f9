using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Api.Apis;

/// <summary>Loaded reports: a list of summaries and each report in full.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", List).WithName("listReports").WithTags("Reports").ProducesList(Csv)
            .WithSummary("Reports, filtered by agency and year")
            .WithDescription("One summary per loaded report: template, signature date, source file, finding counts (the names of GET /reports/{id}).");
        api.MapGet("/reports/{id:int}", Get).WithName("getReport").WithTags("Reports")
            .WithSummary("One report: tables 二, 三, 四 and its findings")
            .WithDescription("The same shape as POST /validate and `od-seed check --json`. 404 when no report has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<Page<ReportItem>>, CsvResult<ReportItem>, ProblemHttpResult>> List(
        [AsParameters] ReportFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        if (list.WantsCsv(http.Request))
            return new CsvResult<ReportItem>(Query(db, filter.Agency, filter.Year, 0, int.MaxValue), Csv, list.Bom == true, "reports");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        var page = await Query(db, filter.Agency, filter.Year, (int)(key?[0] ?? 0), list.PageSize + 1).ToListAsync(http.RequestAborted);
        return Pages.Of(http, page, list.PageSize, r => Cursor.Format(r.ReportId));
    }

    /// <param name="id" example="4">Report id.</param>
    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Get(int id, DisclosureDb db, CancellationToken ct)
    {
        var report = await db.Reports.Where(r => r.Id == id)
            .Include(r => r.Agency).Include(r => r.Sections).Include(r => r.ProactiveCells)
            .Include(r => r.RequestOutcomes).Include(r => r.ReviewLitigation).Include(r => r.Findings)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        if (report is null) return Problems.NotFound("Report", id);
        return TypedResults.Ok(ReportDetailMapper.FromRows(report, report.Sections, report.ProactiveCells,
            report.RequestOutcomes, report.ReviewLitigation, report.Findings) with { Similarity = await SimilarityApi.OfReport(db, id, ct) });
    }

    /// <summary>Reports after the keyset position, filtered; compiled once (null filters drop out of the SQL).</summary>
    private static readonly Func<DisclosureDb, int?, int?, int, int, IAsyncEnumerable<ReportItem>> Query =
        EF.CompileAsyncQuery((DisclosureDb db, int? agency, int? year, int afterId, int take) =>
            db.Reports
                .Where(r => (agency == null || r.AgencyId == agency) && (year == null || r.Year == year) && r.Id > afterId)
                .OrderBy(r => r.Id)
                .Select(r => new ReportItem(r.Id, r.AgencyId, r.Agency.Name, r.Year, r.Format, r.PublishedOn,
                    new SourceDto(r.SourceFile, r.Sha256, r.LoadedAtUtc), new FindingCounts(r.ErrorCount, r.WarningCount, r.InfoCount)))
                .Take(take));

    private static readonly CsvColumns<ReportItem> Csv = new CsvColumns<ReportItem>()
        .Add("reportId", (w, r) => w.Field(r.ReportId)).Add("agencyId", (w, r) => w.Field(r.AgencyId))
        .Add("agencyName", (w, r) => w.Field(r.AgencyName)).Add("year", (w, r) => w.Field(r.Year))
        .Add("template", (w, r) => w.Field(r.Template)).Add("publishedOn", (w, r) => w.Field(r.PublishedOn))
        .Add("source.file", (w, r) => w.Field(r.Source.File)).Add("source.sha256", (w, r) => w.Field(r.Source.Sha256))
        .Add("source.loadedAtUtc", (w, r) => w.Field(r.Source.LoadedAtUtc))
        .Add("findingCounts.error", (w, r) => w.Field(r.FindingCounts.Error))
        .Add("findingCounts.warning", (w, r) => w.Field(r.FindingCounts.Warning))
        .Add("findingCounts.info", (w, r) => w.Field(r.FindingCounts.Info));
}

/// <summary>Filters shared by the per-report lists.</summary>
public sealed class ReportFilter
{
    /// <summary>Agency id (see GET /agencies).</summary>
    /// <example>4</example>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary>Report year, e.g. 2024.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    public IQueryable<ReportRow> Apply(IQueryable<ReportRow> reports)
    {
        if (Agency is { } agency) reports = reports.Where(r => r.AgencyId == agency);
        if (Year is { } year) reports = reports.Where(r => r.Year == year);
        return reports;
    }
}

/// <summary>A loaded report in brief: the same names as GET /reports/{id} (<c>template</c>, <c>source</c>, <c>findingCounts</c>).</summary>
/// <param name="Template">"2021" or "2019": the national template followed.</param>
/// <param name="PublishedOn">Signature date (落款日期), if stated.</param>
/// <param name="Source">The file it was loaded from, the SHA-256 (hex) of its bytes and when it was loaded.</param>
/// <param name="FindingCounts">How many findings of each severity.</param>
public sealed record ReportItem(int ReportId, int AgencyId, string AgencyName, int Year, string Template, DateOnly? PublishedOn,
    SourceDto Source, FindingCounts FindingCounts);
