using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Web;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;

namespace OpenDisclosure.Api.Explorer.Reports;

/// <summary>One stored report laid out as published, with its findings on the cells: the page of GET /api/v1/reports/{id}.</summary>
public sealed class ShowModel(DisclosureDb db) : PageModel
{
    public ReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // The API's own handler: the page shows exactly what GET /api/v1/reports/{id} answers.
        if ((await ReportsApi.Get(id, db, ct)).Result is not Ok<ReportDetail> { Value: { } detail })
            return NotFound();
        Report = new ReportView(detail);
        return Page();
    }
}
