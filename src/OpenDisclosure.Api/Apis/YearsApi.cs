using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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
        [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        if (list.WantsCsv(http.Request))
            return new CsvResult<YearItem>(Project(db, null).AsAsyncEnumerable(), Csv, list.Bom == true, "years");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        var page = await Project(db, (int?)key?[0]).Take(list.PageSize + 1).ToListAsync(http.RequestAborted);
        return Pages.Of(http, page, list.PageSize, y => Cursor.Format(y.Year));
    }

    private static IQueryable<YearItem> Project(DisclosureDb db, int? after) =>
        db.Reports.Where(r => after == null || r.Year > after)
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
