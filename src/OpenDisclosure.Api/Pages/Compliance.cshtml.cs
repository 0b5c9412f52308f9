using OpenDisclosure.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Explorer;

/// <summary>The compliance ranking (合规评分排名): GET /api/v1/compliance's own handler, 50 a page, each score beside what it rests on.</summary>
public sealed class ComplianceModel(DisclosureDb db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "year")] public int? Year { get; set; }
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "after")] public string? After { get; set; }

    public IReadOnlyList<ComplianceItem> Items { get; private set; } = [];
    public string? Next { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Sort = Sort is "score" or "-score" ? Sort : null;
        var filter = new ComplianceFilter { Year = Year, Q = Q, Sort = Sort };
        var list = new ListOptions { Limit = PageSize, After = After };
        switch ((await ComplianceApi.List(filter, list, db, HttpContext.RequestServices.GetRequiredService<ProfileCatalog>(), HttpContext)).Result)
        {
            // The API's next URL is built from this request, so it is already the next page of this page.
            case Ok<Page<ComplianceItem>> { Value: { } page }:
                Items = page.Items;
                Next = page.Next;
                break;
            case ProblemHttpResult problem:
                Response.StatusCode = problem.StatusCode;
                Problem = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title;
                break;
        }
    }
}
