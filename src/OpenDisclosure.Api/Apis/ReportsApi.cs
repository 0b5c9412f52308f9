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
            .WithDescription("One summary per loaded report: template, signature date, source file, finding counts.");
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
            report.RequestOutcomes, report.ReviewLitigation, report.Findings));
    }

    /// <summary>Reports after the keyset position, filtered; compiled once (null filters drop out of the SQL).</summary>
    private static readonly Func<DisclosureDb, int?, int?, int, int, IAsyncEnumerable<ReportItem>> Query =
        EF.CompileAsyncQuery((DisclosureDb db, int? agency, int? year, int afterId, int take) =>
            db.Reports
                .Where(r => (agency == null || r.AgencyId == agency) && (year == null || r.Year == year) && r.Id > afterId)
                .OrderBy(r => r.Id)
                .Select(r => new ReportItem(r.Id, r.AgencyId, r.Agency.Name, r.Year, r.Format, r.PublishedOn, r.SourceFile,
                    r.Sha256, r.ErrorCount, r.WarningCount, r.InfoCount))
                .Take(take));

    private static readonly CsvColumns<ReportItem> Csv = new CsvColumns<ReportItem>()
        .Add("reportId", (w, r) => w.Field(r.ReportId)).Add("agencyId", (w, r) => w.Field(r.AgencyId))
        .Add("agencyName", (w, r) => w.Field(r.AgencyName)).Add("year", (w, r) => w.Field(r.Year))
        .Add("format", (w, r) => w.Field(r.Format)).Add("publishedOn", (w, r) => w.Field(r.PublishedOn))
        .Add("sourceFile", (w, r) => w.Field(r.SourceFile)).Add("sha256", (w, r) => w.Field(r.Sha256))
        .Add("errorCount", (w, r) => w.Field(r.ErrorCount)).Add("warningCount", (w, r) => w.Field(r.WarningCount))
        .Add("infoCount", (w, r) => w.Field(r.InfoCount));
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

/// <summary>A loaded report in brief.</summary>
/// <param name="Format">"2021" or "2019": the national template followed.</param>
/// <param name="PublishedOn">Signature date (落款日期), if stated.</param>
/// <param name="SourceFile">File name the report was loaded from.</param>
/// <param name="Sha256">SHA-256 (hex) of the loaded file.</param>
public sealed record ReportItem(int ReportId, int AgencyId, string AgencyName, int Year, string Format, DateOnly? PublishedOn,
    string SourceFile, string Sha256, int ErrorCount, int WarningCount, int InfoCount);
