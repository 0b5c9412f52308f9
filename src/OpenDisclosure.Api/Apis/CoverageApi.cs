using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>Which agencies published for a year: every agency known from any year, with or without a report for it.</summary>
public static class CoverageApi
{
    public static RouteGroupBuilder MapCoverageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/coverage", List).WithName("listCoverage").WithTags("Coverage").ProducesList(Csv)
            .WithSummary("Every known agency with whether it has a report for the year")
            .WithDescription("Answers \"which departments have not published for 2025?\" with hasReport=false. An agency is "
                + "known when a report of any year is loaded.");
        return api;
    }

    public static async Task<Results<Ok<Page<CoverageItem>>, CsvResult<CoverageItem>, ProblemHttpResult>> List(
        [AsParameters] CoverageFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if ((list.Check() ?? filter.Check()) is { } problem) return problem;
        var year = filter.Year!.Value;
        var agencies = db.Agencies.AsQueryable();
        if (filter.HasReport is { } has) agencies = agencies.Where(a => a.Reports.Any(r => r.Year == year) == has);
        var items = agencies.OrderBy(a => a.Id).Select(a => new CoverageItem(a.Id, a.Name, year,
            a.Reports.Any(r => r.Year == year), a.Reports.Where(r => r.Year == year).Select(r => (int?)r.Id).FirstOrDefault(),
            a.Reports.Where(r => r.Year < year).Max(r => (int?)r.Year)));
        if (list.WantsCsv(http.Request))
            return new CsvResult<CoverageItem>(items.AsAsyncEnumerable(), Csv, list.Bom == true, $"coverage-{year}");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        if (key is not null) items = items.Where(i => i.AgencyId > key[0]);
        var page = await items.Take(list.PageSize + 1).ToListAsync(http.RequestAborted);
        return Pages.Of(http, page, list.PageSize, i => Cursor.Format(i.AgencyId));
    }

    private static readonly CsvColumns<CoverageItem> Csv = new CsvColumns<CoverageItem>()
        .Add("agencyId", (w, c) => w.Field(c.AgencyId)).Add("agencyName", (w, c) => w.Field(c.AgencyName))
        .Add("year", (w, c) => w.Field(c.Year)).Add("hasReport", (w, c) => w.Field(c.HasReport ? "true" : "false"))
        .Add("reportId", (w, c) => w.Field(c.ReportId)).Add("lastEarlierYear", (w, c) => w.Field(c.LastEarlierYear));
}

/// <summary>Filters of GET /coverage.</summary>
public sealed class CoverageFilter
{
    /// <summary>The year to check (required), e.g. 2025.</summary>
    /// <example>2023</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary><c>false</c> lists only the agencies without a report for the year, <c>true</c> only those with one.</summary>
    /// <example>false</example>
    [FromQuery(Name = "hasReport")] public bool? HasReport { get; init; }

    public ProblemHttpResult? Check() => Year is null ? Problems.BadParameter("year", "year is required, e.g. year=2024.") : null;
}

/// <summary>An agency and whether it has a report for the year.</summary>
/// <param name="ReportId">The report for the year, when there is one.</param>
/// <param name="LastEarlierYear">The latest year before it with a report (null when none).</param>
public sealed record CoverageItem(int AgencyId, string AgencyName, int Year, bool HasReport, int? ReportId, int? LastEarlierYear);
