using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Explorer;

/// <summary>Coverage (覆盖情况): who has no report for a year, through GET /api/v1/coverage's own handler, 50 a page.</summary>
public sealed class CoverageModel(DisclosureDb db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "year")] public int? Year { get; set; }
    /// <summary>false (the default): agencies without a report; true: with one.</summary>
    [FromQuery(Name = "hasReport")] public bool HasReport { get; set; }
    [FromQuery(Name = "after")] public string? After { get; set; }

    public IReadOnlyList<CoverageItem> Items { get; private set; } = [];
    public string? Next { get; private set; }

    public async Task OnGetAsync()
    {
        // Without a year, the latest one loaded: the question is usually "who has not published yet".
        Year ??= await db.Reports.MaxAsync(r => (int?)r.Year, HttpContext.RequestAborted);
        if (Year is null) return;
        var result = await CoverageApi.List(new CoverageFilter { Year = Year, HasReport = HasReport },
            new ListOptions { Limit = PageSize, After = After }, db, HttpContext);
        if (result.Result is Ok<Page<CoverageItem>> { Value: { } page })
        {
            Items = page.Items;
            Next = page.Next;
        }
    }
}
