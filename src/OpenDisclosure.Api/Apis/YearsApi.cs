using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>The report years loaded, with counts.</summary>
public static class YearsApi
{
    public static RouteGroupBuilder MapYearsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/years", List).WithName("listYears").WithTags("Years").ProducesList(Csv)
            .WithSummary("Report years with their report counts")
            .WithDescription("One item per year that has at least one loaded report, oldest first.");
        return api;
    }

    public static async Task<Results<Ok<Page<YearItem>>, CsvResult<YearItem>, ProblemHttpResult>> List(
        [AsParameters] ListOptions list, DisclosureDb db, ImportCache cache, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        // Counting every report per year (distinct agencies too) on each request cost more than any page; one item per
        // year, kept until the next import.
        var years = await cache.GetAsync("years", db, () => Project(db).ToListAsync(http.RequestAborted), http.RequestAborted);
        if (list.WantsCsv(http.Request))
            return new CsvResult<YearItem>(years.ToAsyncEnumerable(), Csv, list.Bom == true, "years");
        var page = years.Where(y => key is null || y.Year > key[0]).Take(list.PageSize + 1).ToList();
        return Pages.Of(http, page, list.PageSize, y => Cursor.Format(y.Year));
    }

    private static IQueryable<YearItem> Project(DisclosureDb db) =>
        db.Reports
            .GroupBy(r => r.Year)
            .OrderBy(g => g.Key)
            .Select(g => new YearItem(g.Key, g.Count(), g.Select(r => r.AgencyId).Distinct().Count()));

    private static readonly CsvColumns<YearItem> Csv = new CsvColumns<YearItem>()
        .Add("year", (w, y) => w.Field(y.Year)).Add("reportCount", (w, y) => w.Field(y.ReportCount))
        .Add("agencyCount", (w, y) => w.Field(y.AgencyCount));
}

/// <summary>A report year.</summary>
/// <param name="ReportCount">Reports loaded for the year.</param>
/// <param name="AgencyCount">Distinct agencies among them.</param>
public sealed record YearItem(int Year, int ReportCount, int AgencyCount);
