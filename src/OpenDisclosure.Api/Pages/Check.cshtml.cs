using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Web;
using OpenDisclosure.Data.Contracts;

namespace OpenDisclosure.Api.Explorer;

/// <summary>
/// Check a draft (检查草稿): the file goes to POST /api/v1/validate and the answer is shown as a report page; nothing
/// is stored. With script the page fetches /api/v1/validate and has the JSON rendered by <see cref="OnPostView"/>;
/// without script the form posts here and the same API handler runs in-process.
/// </summary>
/// <remarks>No antiforgery token: the service has no accounts or cookies that a forged post could act with, and the
/// check stores nothing. Rate-limited with /validate's policy, since a post runs the same check.</remarks>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(ValidationLimits.RateLimitPolicy)]
public sealed class CheckModel(IOptions<ValidationLimits> limits, ExpensiveReads reads, ProfileCatalog profiles) : PageModel
{
    public ValidationLimits Limits => limits.Value;
    public ReportView? Result { get; private set; }
    public string? FileName { get; private set; }
    public string? Problem { get; private set; }
    public int ProblemStatus { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch ((await ValidateApi.Validate(Request, new ProfileQuery(), profiles, limits, reads, ct)).Result)
        {
            case Ok<ReportDetail> { Value: { } detail }:
                Result = new ReportView(detail);
                // The form is read by now (a body refused for its size is never read).
                FileName = Request.HasFormContentType ? Request.Form.Files.FirstOrDefault()?.FileName : null;
                break;
            case ProblemHttpResult problem:
                Response.StatusCode = ProblemStatus = problem.StatusCode;
                Problem = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title;
                break;
        }
        return Page();
    }

    /// <summary>Renders the JSON that POST /api/v1/validate answered as the report view (used by check.js).</summary>
    public PartialViewResult OnPostView([FromBody] ReportDetail detail) => Partial("_ReportView", new ReportView(detail));
}
