using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Apis;

/// <summary>Findings of the checks, across reports: what an evaluator reads.</summary>
public static class FindingsApi
{
    public static RouteGroupBuilder MapFindingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/findings", List).WithName("listFindings").WithTags("Findings").ProducesList(Csv)
            .WithSummary("Findings, filtered by agency, year, severity and rule")
            .WithDescription("Parser diagnostics, single-report rules and cross-year rules, each with its location "
                + "(section, row, column, line), the expected and actual numbers, and its review if an evaluator made one.");
        api.MapPost("/findings/{id:long}/review", Review).WithName("reviewFinding")
            .WithMetadata(new ResponseExampleMetadata(() => new ReviewItem(2, "date.missing", "dismissed", "落款日期在网页上另行公布", "王评估", "2026-12-05T20:31:07Z")))
            .WithTags("Findings")
            .WithSummary("Mark a finding confirmed or dismissed, with a note (needs an API key)")
            .WithDescription("Header X-Api-Key: a key of the configuration's Reviews:Keys, whose value names the reviewer (401 "
                + "otherwise). The review is kept by report content (SHA-256), rule and location, so it survives re-seeding "
                + "of an unchanged report and the passes that re-create findings; a new review replaces the earlier one. "
                + "The stored score is recomputed: profiles say whether dismissed findings still cost points.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .DisableAntiforgery();
        return api;
    }

    /// <param name="id">Finding id (see GET /findings).</param>
    /// <param name="body">The verdict and an optional note.</param>
    /// <param name="apiKey">A key configured under Reviews:Keys; its value names the reviewer.</param>
    public static async Task<Results<Ok<ReviewItem>, ProblemHttpResult>> Review(long id, [FromBody] ReviewRequest body,
        [FromHeader(Name = "X-Api-Key")] string? apiKey, IConfiguration configuration, DisclosureDb db, CancellationToken ct)
    {
        var reviewer = string.IsNullOrEmpty(apiKey) ? null : configuration[$"Reviews:Keys:{apiKey}"];
        if (string.IsNullOrWhiteSpace(reviewer))
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: "Send X-Api-Key with a key configured under Reviews:Keys.");
        if (body.Status is not (FindingReviewRow.Confirmed or FindingReviewRow.Dismissed))
            return Problems.BadParameter("status", $"status '{body.Status}' must be {FindingReviewRow.Confirmed} or {FindingReviewRow.Dismissed}.");
        var row = await FindingReviews.SaveAsync(db, id, body.Status, body.Note, reviewer, DateTime.UtcNow, ct);
        if (row is null) return Problems.NotFound("Finding", id);
        return TypedResults.Ok(new ReviewItem(id, row.RuleId, row.Status, row.Note, row.Reviewer, row.ReviewedAt));
    }

    public static Results<JsonPage<FindingItem>, CsvResult<FindingItem>, ProblemHttpResult> List(
        [AsParameters] FindingFilter filter, [AsParameters] ListOptions list, ReadConnections reads, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var (agency, year, severity, rule) = (filter.Agency, filter.Year, filter.SeverityCode, filter.RuleId);
        // The EF context only for CSV: a JSON page needs none, and renting one cost every page request.
        if (list.WantsCsv(http.Request))
        {
            var db = http.RequestServices.GetRequiredService<DisclosureDb>();
            return new CsvResult<FindingItem>(WithReviews(db, Query(db, agency, year, severity, rule, 0, int.MaxValue)), Csv, list.Bom == true, "findings");
        }
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        using var connection = reads.Rent();
        using var rows = FindingsPage.Query(connection, agency, year, severity, rule, key?[0] ?? 0, list.PageSize + 1);
        return JsonPage<FindingItem>.Write(http, rows, [0], list.PageSize);
    }

    /// <summary>Findings after the keyset position, filtered, for the CSV export (JSON pages use <see cref="FindingsPage"/>);
    /// compiled once (null filters drop out of the SQL). Each comes with its report's SHA-256, the key of its review.</summary>
    private static readonly Func<DisclosureDb, int?, int?, string?, string?, long, int, IAsyncEnumerable<(FindingItem Item, string Sha256)>> Query =
        EF.CompileAsyncQuery((DisclosureDb db, int? agency, int? year, string? severity, string? rule, long afterId, int take) =>
            (from f in db.Findings
             where (agency == null || f.AgencyId == agency) && (year == null || f.Year == year)
                && (severity == null || f.Severity == severity) && (rule == null || f.RuleId == rule) && f.Id > afterId
             join a in db.Agencies on f.AgencyId equals a.Id
             join r in db.Reports on f.ReportId equals r.Id
             orderby f.Id
             select ValueTuple.Create(new FindingItem(f.Id, f.ReportId, f.AgencyId, a.Name, f.Year, f.RuleId, f.Severity, f.MessageZh, f.MessageEn,
                 f.Section, f.RowCode, f.ColumnCode, f.Line, f.Expected, f.Actual, f.Evidence, null, null, null, null), r.Sha256))
            .Take(take));

    /// <summary>The CSV rows with their reviews: reviews are few, so they are read once and matched in memory.</summary>
    private static async IAsyncEnumerable<FindingItem> WithReviews(DisclosureDb db, IAsyncEnumerable<(FindingItem Item, string Sha256)> rows)
    {
        var reviews = await db.FindingReviews.ToDictionaryAsync(v => (v.ReportSha256, v.RuleId, v.LocationKey));
        await foreach (var (item, sha) in rows)
            yield return reviews.TryGetValue((sha, item.Rule, FindingReviewRow.KeyOf(new(item.Section, item.Row, item.Column, item.Line))), out var v)
                ? item with { ReviewStatus = v.Status, ReviewNote = v.Note, Reviewer = v.Reviewer, ReviewedAt = v.ReviewedAt }
                : item;
    }

    private static readonly CsvColumns<FindingItem> Csv = new CsvColumns<FindingItem>()
        .Add("findingId", (w, f) => w.Field(f.FindingId)).Add("reportId", (w, f) => w.Field(f.ReportId))
        .Add("agencyId", (w, f) => w.Field(f.AgencyId)).Add("agencyName", (w, f) => w.Field(f.AgencyName))
        .Add("year", (w, f) => w.Field(f.Year)).Add("rule", (w, f) => w.Field(f.Rule))
        .Add("severity", (w, f) => w.Field(f.Severity)).Add("messageZh", (w, f) => w.Field(f.MessageZh))
        .Add("messageEn", (w, f) => w.Field(f.MessageEn)).Add("section", (w, f) => w.Field(f.Section))
        .Add("row", (w, f) => w.Field(f.Row)).Add("column", (w, f) => w.Field(f.Column))
        .Add("line", (w, f) => w.Field(f.Line)).Add("expected", (w, f) => w.Field(f.Expected))
        .Add("actual", (w, f) => w.Field(f.Actual)).Add("evidence", (w, f) => w.Field(f.Evidence))
        .Add("reviewStatus", (w, f) => w.Field(f.ReviewStatus)).Add("reviewNote", (w, f) => w.Field(f.ReviewNote))
        .Add("reviewer", (w, f) => w.Field(f.Reviewer)).Add("reviewedAt", (w, f) => w.Field(f.ReviewedAt));
}

/// <summary>Filters of GET /findings.</summary>
public sealed class FindingFilter
{
    /// <summary>Agency id (see GET /agencies).</summary>
    /// <example>4</example>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary>Report year, e.g. 2024.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c> (any letter case).</summary>
    /// <example>error</example>
    [FromQuery(Name = "severity"), Codes("error", "warning", "info")] public string? Severity { get; init; }

    /// <summary>Rule id, e.g. <c>table3.balance</c> (GET /codelists lists the rules).</summary>
    /// <example>table3.balance</example>
    [FromQuery(Name = "rule")] public string? Rule { get; init; }

    /// <summary>The severity as stored (QueryCheck has already put it in its canonical spelling), or null when not given.</summary>
    public string? SeverityCode => string.IsNullOrEmpty(Severity) ? null : Severity;

    /// <summary>The rule filter, or null when empty. Rule ids are lower case, so <c>Table3.Balance</c> finds <c>table3.balance</c>
    /// (not checked against the catalog: findings raised while reading a format carry ids of their own).</summary>
    public string? RuleId => string.IsNullOrEmpty(Rule) ? null : Rule.ToLowerInvariant();
}

/// <summary>A stored finding with the report it is about.</summary>
/// <param name="Rule">The rule's code, e.g. <c>table3.balance</c> (GET /rules).</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Section">Section 1–6 the finding is about.</param>
/// <param name="Row">Table row code the finding is about.</param>
/// <param name="Column">Table column code the finding is about.</param>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Expected">What the rule expected (as text).</param>
/// <param name="Actual">What the report says (as text).</param>
/// <param name="Evidence">The source text the finding rests on.</param>
/// <param name="ReviewStatus">confirmed or dismissed by an evaluator (POST /findings/{id}/review); null when not reviewed.</param>
/// <param name="ReviewNote">The reviewer's note.</param>
/// <param name="Reviewer">Who reviewed it (the name configured for the API key used).</param>
/// <param name="ReviewedAt">When, UTC, ISO 8601.</param>
public sealed record FindingItem(long FindingId, int ReportId, int AgencyId, string AgencyName, int Year, string Rule,
    string Severity, string MessageZh, string MessageEn, int? Section, string? Row, string? Column, int? Line,
    string? Expected, string? Actual, string? Evidence, string? ReviewStatus, string? ReviewNote, string? Reviewer, string? ReviewedAt);

/// <summary>The body of POST /findings/{id}/review.</summary>
/// <param name="Status">confirmed or dismissed.</param>
/// <param name="Note">Why (optional).</param>
public sealed record ReviewRequest(string Status, string? Note);

/// <summary>A stored review.</summary>
/// <param name="ReviewedAt">When, UTC, ISO 8601.</param>
public sealed record ReviewItem(long FindingId, string RuleId, string Status, string? Note, string Reviewer, string ReviewedAt);
