using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Api.Apis;

/// <summary>Agencies (机关) that published at least one loaded report.</summary>
public static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agencies", List).WithName("listAgencies").WithTags("Agencies").ProducesList(Csv)
            .WithSummary("Agencies, filtered by name or year")
            .WithDescription("Each agency with how many reports are loaded and the first and last year covered.");
        api.MapGet("/agencies/{id:int}", Get).WithName("getAgency").WithTags("Agencies")
            .WithSummary("One agency and its reports")
            .WithDescription("404 when no agency has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static Results<JsonPage<AgencyItem>, CsvResult<AgencyItem>, ProblemHttpResult> List(
        [AsParameters] AgencyFilter filter, [AsParameters] ListOptions list, ReadConnections reads, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        // The EF context only for CSV: a JSON page needs none, and renting one cost every page request.
        if (list.WantsCsv(http.Request))
            return new CsvResult<AgencyItem>(Project(filter.Apply(http.RequestServices.GetRequiredService<DisclosureDb>().Agencies))
                .AsAsyncEnumerable(), Csv, list.Bom == true, "agencies");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        using var connection = reads.Rent();
        using var rows = AgenciesPage.Query(connection, filter.Part, filter.Year, key?[0] ?? 0, list.PageSize + 1);
        return JsonPage<AgencyItem>.Write(http, rows, [0], list.PageSize);
    }

    /// <param name="id" example="4">Agency id.</param>
    public static async Task<Results<Ok<AgencyDetail>, ProblemHttpResult>> Get(int id, DisclosureDb db, CancellationToken ct)
    {
        var name = await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null) return Problems.NotFound("Agency", id);
        var reports = await db.Reports.Where(r => r.AgencyId == id).OrderBy(r => r.Year)
            .Select(r => new ReportItem(r.Id, r.AgencyId, name, r.Year, r.Format, r.PublishedOn,
                new SourceDto(r.SourceFile, r.Sha256, r.LoadedAtUtc), new FindingCounts(r.ErrorCount, r.WarningCount, r.InfoCount)))
            .ToListAsync(ct);
        return TypedResults.Ok(new AgencyDetail(id, name, reports));
    }

    private static IQueryable<AgencyItem> Project(IQueryable<AgencyRow> agencies) =>
        agencies.OrderBy(a => a.Id).Select(a => new AgencyItem(a.Id, a.Name, a.Reports.Count(),
            a.Reports.Min(r => (int?)r.Year), a.Reports.Max(r => (int?)r.Year)));

    private static readonly CsvColumns<AgencyItem> Csv = new CsvColumns<AgencyItem>()
        .Add("agencyId", (w, a) => w.Field(a.AgencyId)).Add("agencyName", (w, a) => w.Field(a.AgencyName))
        .Add("reportCount", (w, a) => w.Field(a.ReportCount))
        .Add("firstYear", (w, a) => w.Field(a.FirstYear)).Add("lastYear", (w, a) => w.Field(a.LastYear));
}

/// <summary>Filters of GET /agencies.</summary>
public sealed class AgencyFilter
{
    /// <summary>Part of the agency name, e.g. 临淄.</summary>
    /// <example>临淄</example>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary>Only agencies with a report for this year.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary>The name part to search for (trimmed), or null when none was given.</summary>
    public string? Part => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public IQueryable<AgencyRow> Apply(IQueryable<AgencyRow> agencies)
    {
        if (Part is { } part) agencies = agencies.Where(a => a.Name.Contains(part));
        if (Year is { } year) agencies = agencies.Where(a => a.Reports.Any(r => r.Year == year));
        return agencies;
    }
}

/// <summary>An agency with the span of its loaded reports.</summary>
/// <param name="ReportCount">Number of loaded reports.</param>
/// <param name="FirstYear">Earliest report year loaded.</param>
/// <param name="LastYear">Latest report year loaded.</param>
public sealed record AgencyItem(int AgencyId, string AgencyName, int ReportCount, int? FirstYear, int? LastYear);

/// <summary>An agency and its reports, oldest first.</summary>
public sealed record AgencyDetail(int AgencyId, string AgencyName, IReadOnlyList<ReportItem> Reports);
