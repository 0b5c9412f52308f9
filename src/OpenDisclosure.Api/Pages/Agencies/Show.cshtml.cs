using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Web;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Api.Explorer.Agencies;

/// <summary>One agency: its reports by year and its figures and scores across years.</summary>
public sealed class ShowModel(DisclosureDb db) : PageModel
{
    public AgencyDetail Agency { get; private set; } = null!;
    public IReadOnlyList<RequestYear> Requests { get; private set; } = [];
    public IReadOnlyList<ReviewYear> Reviews { get; private set; } = [];
    public IReadOnlyList<ComplianceRow> Scores { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // The API's own handler: the report list is what GET /api/v1/agencies/{id} answers.
        if ((await AgenciesApi.Get(id, db, ct)).Result is not Ok<AgencyDetail> { Value: { } agency })
            return NotFound();
        Agency = agency;
        Requests = await AgencyTrends.RequestsAsync(db, id, ct);
        Reviews = await AgencyTrends.ReviewsAsync(db, id, ct);
        Scores = await AgencyTrends.ScoresAsync(db, agency.Reports.Select(r => r.ReportId).ToList(), ct);
        return Page();
    }
}
