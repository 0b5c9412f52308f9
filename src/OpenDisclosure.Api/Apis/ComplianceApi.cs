using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Scoring.Profiles;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Apis;

/// <summary>Compliance scores (0–100) per report, computed from the findings with the weights of GET /compliance/weights.</summary>
public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compliance", List).WithName("listCompliance").WithTags("Compliance").ProducesList(Csv)
            .WithSummary("Compliance scores with their component breakdown, filtered and sortable by score")
            .WithDescription("score is 0–100 over assessedWeight points: a component that is not assessable (continuity "
                + "without the previous year) is null and leaves the denominator. profile= scores under another profile of "
                + "GET /compliance/profiles: its items are in items, its own scale in points; 400 for an unknown profile.");
        api.MapGet("/compliance/weights", Weights).WithName("getComplianceWeights")
            .WithMetadata(new ResponseExampleMetadata(() => Method)).WithTags("Compliance")
            .WithSummary("The weights and per-rule costs the scores are computed with");
        api.MapGet("/compliance/profiles", ListProfiles).WithName("listScoringProfiles")
            .WithMetadata(new ResponseExampleMetadata(() => ScoringProfiles.Shipped)).WithTags("Compliance")
            .WithSummary("The scoring profiles: items, the rules each reads, deductions, caps, how uncertain and dismissed findings count");
        api.MapGet("/compliance/{reportId:int}", Explain).WithName("explainCompliance").WithTags("Compliance")
            .WithSummary("One report's score explained finding by finding")
            .WithDescription("profile= explains the score under that profile. 404 when no report has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<Page<ComplianceItem>>, CsvResult<ComplianceItem>, ProblemHttpResult>> List(
        [AsParameters] ComplianceFilter filter, [AsParameters] ListOptions list, DisclosureDb db, ProfileCatalog profiles, HttpContext http)
    {
        if ((list.Check() ?? filter.Check(profiles)) is { } problem) return problem;
        var rows = filter.Apply(db.Compliance, db);
        var descending = filter.Sort == "-score";
        var byScore = !string.IsNullOrEmpty(filter.Sort);
        if (profiles.Find(filter.Profile) is { Id: not ScoringProfiles.DefaultId } profile)
            return ListUnderProfile(await ProfileScoring.ListAsync(db, rows, profile, http.RequestAborted), byScore, descending, list, http);
        if (list.WantsCsv(http.Request))
            return new CsvResult<ComplianceItem>(Project(Order(rows, byScore, descending), db).AsAsyncEnumerable(), Csv, list.Bom == true, "compliance");
        if (!Cursor.TryParse(list.After, byScore ? 2 : 1, out var key)) return Cursor.Invalid(list.After);
        if (key is not null)
        {
            if (!byScore) rows = rows.Where(c => c.ReportId > key[0]);
            else
            {
                var (score, id) = ((int)key[0], (int)key[1]);
                rows = descending
                    ? rows.Where(c => c.ScoreKey < score || (c.ScoreKey == score && c.ReportId > id))
                    : rows.Where(c => c.ScoreKey > score || (c.ScoreKey == score && c.ReportId > id));
            }
        }
        var page = await Project(Order(rows, byScore, descending), db).Take(list.PageSize + 1).ToListAsync(http.RequestAborted);
        return Pages.Of(http, page, list.PageSize, c => byScore ? Cursor.Format(c.ScoreKey, c.ReportId) : Cursor.Format(c.ReportId));
    }

    /// <summary>A page (or the CSV) of scores computed in memory under a profile other than the default, in the same order and cursor as the stored ones.</summary>
    private static Results<Ok<Page<ComplianceItem>>, CsvResult<ComplianceItem>, ProblemHttpResult> ListUnderProfile(
        List<ComplianceItem> items, bool byScore, bool descending, ListOptions list, HttpContext http)
    {
        IEnumerable<ComplianceItem> ordered = !byScore ? items.OrderBy(c => c.ReportId)
            : descending ? items.OrderByDescending(c => c.ScoreKey).ThenBy(c => c.ReportId)
            : items.OrderBy(c => c.ScoreKey).ThenBy(c => c.ReportId);
        if (list.WantsCsv(http.Request)) return new CsvResult<ComplianceItem>(ordered.ToAsyncEnumerable(), Csv, list.Bom == true, "compliance");
        if (!Cursor.TryParse(list.After, byScore ? 2 : 1, out var key)) return Cursor.Invalid(list.After);
        if (key is not null)
            ordered = !byScore ? ordered.Where(c => c.ReportId > key[0])
                : descending ? ordered.Where(c => c.ScoreKey < key[0] || (c.ScoreKey == key[0] && c.ReportId > key[1]))
                : ordered.Where(c => c.ScoreKey > key[0] || (c.ScoreKey == key[0] && c.ReportId > key[1]));
        return Pages.Of(http, ordered.Take(list.PageSize + 1).ToList(), list.PageSize,
            c => byScore ? Cursor.Format(c.ScoreKey, c.ReportId) : Cursor.Format(c.ReportId));
    }

    public static Ok<ComplianceMethod> Weights() => TypedResults.Ok(Method);

    public static Ok<IReadOnlyList<ScoringProfile>> ListProfiles(ProfileCatalog profiles) => TypedResults.Ok(profiles.All);

    /// <param name="reportId" example="4">Report id (see GET /reports).</param>
    /// <param name="profile">A profile id of GET /compliance/profiles; default: <c>default</c>.</param>
    public static async Task<Results<Ok<ComplianceExplanation>, ProblemHttpResult>> Explain(int reportId, DisclosureDb db,
        ProfileCatalog profiles, CancellationToken ct, [FromQuery(Name = "profile")] string? profile = null)
    {
        if (profiles.Find(profile) is not { } chosen) return ComplianceFilter.UnknownProfile(profile, profiles);
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.Id, r.AgencyId, r.Agency.Name, r.Year }).FirstOrDefaultAsync(ct);
        if (report is null) return Problems.NotFound("Report", reportId);
        var rows = await db.Findings.Where(f => f.ReportId == reportId).OrderBy(f => f.Id).ToListAsync(ct);
        var byFinding = rows.ToDictionary(f => f, f => f.ToFinding());
        var ids = byFinding.ToDictionary(p => p.Value, p => p.Key.Id, (IEqualityComparer<Finding>)ReferenceEqualityComparer.Instance);
        var dismissed = await FindingReviews.DismissedAsync(db, db.Reports.Where(r => r.Id == reportId).Select(r => r.Id), ct);
        var score = ProfileScorer.Score(chosen, byFinding.Values, f => dismissed(reportId, f));
        return TypedResults.Ok(Explanation(report.Id, report.AgencyId, report.Name, report.Year, score, f => ids[f]));
    }

    /// <summary>A score item by item, each finding with its points and effect; <paramref name="idOf"/> gives stored findings their ids (null for a draft).</summary>
    internal static ComplianceExplanation Explanation(int? reportId, int? agencyId, string? agencyName, int? year, ProfileScore score,
        Func<Finding, long?> idOf)
    {
        var components = score.Items.Select(c => new ComponentExplanation(c.Item.Code, c.Item.NameZh, c.Item.NameEn,
            c.Item.Points, c.Earned, c.Status,
            c.Findings.Select(f => new CostedFinding(idOf(f.Finding), f.Finding.RuleId, f.Finding.Severity.Code(), f.Points,
                f.Effect, f.WouldDeduct, f.Finding.MessageZh, f.Finding.MessageEn, f.Finding.Expected, f.Finding.Actual, f.Finding.Evidence)).ToList())).ToList();
        return new ComplianceExplanation(reportId, agencyId, agencyName, year, score.Profile.Id, score.Score, score.Points,
            score.AssessedPoints, score.Uncertain, components,
            score.Profile.Id == ScoringProfiles.DefaultId ? Method.Method : score.Profile.Description);
    }

    private static IQueryable<ComplianceRow> Order(IQueryable<ComplianceRow> rows, bool byScore, bool descending) =>
        !byScore ? rows.OrderBy(c => c.ReportId)
        : descending ? rows.OrderByDescending(c => c.ScoreKey).ThenBy(c => c.ReportId)
        : rows.OrderBy(c => c.ScoreKey).ThenBy(c => c.ReportId);

    private static IQueryable<ComplianceItem> Project(IQueryable<ComplianceRow> rows, DisclosureDb db) =>
        from c in rows
        join a in db.Agencies on c.AgencyId equals a.Id
        select new ComplianceItem(c.ReportId, c.AgencyId, a.Name, c.Year, c.Score, c.ScoreKey, c.AssessedWeight,
            c.Timeliness, c.Completeness, c.Consistency, c.Continuity, c.Narrative);

    internal static readonly ComplianceMethod Method = new(
        "score = 100 × Σ earned ÷ Σ weight, over the components that could be assessed; each component starts at its weight "
        + "and every error or warning finding costs its rule's points, down to 0; info findings cost nothing.",
        ComplianceWeights.Components.Select(w => new WeightItem(w.Code, w.NameZh, w.NameEn, w.Weight, w.HowEn)).ToList(),
        ComplianceWeights.Costs.Select(c => new CostItem(c.RuleId, ComplianceWeights.Weight(c.Component).Code, c.Points)).ToList());

    private static readonly CsvColumns<ComplianceItem> Csv = new CsvColumns<ComplianceItem>()
        .Add("reportId", (w, c) => w.Field(c.ReportId)).Add("agencyId", (w, c) => w.Field(c.AgencyId))
        .Add("agencyName", (w, c) => w.Field(c.AgencyName)).Add("year", (w, c) => w.Field(c.Year))
        .Add("score", (w, c) => w.Field((decimal?)c.Score)).Add("assessedWeight", (w, c) => w.Field(c.AssessedWeight))
        .Add("timeliness", (w, c) => w.Field(c.Timeliness)).Add("completeness", (w, c) => w.Field(c.Completeness))
        .Add("consistency", (w, c) => w.Field(c.Consistency)).Add("continuity", (w, c) => w.Field(c.Continuity))
        .Add("narrative", (w, c) => w.Field(c.Narrative)).Add("profile", (w, c) => w.Field(c.Profile))
        .Add("points", (w, c) => w.Field(c.Points)).Add("uncertain", (w, c) => w.Field(c.Uncertain?.ToString().ToLowerInvariant()))
        .Add("flagged", (w, c) => w.Field(c.Flagged))
        .Add("items", (w, c) => w.Field(c.Items is null ? null : string.Join(';', c.Items.Select(i => $"{i.Key}={i.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))));
}

/// <summary>Filters and order of GET /compliance.</summary>
public sealed class ComplianceFilter
{
    /// <summary>Report year, e.g. 2024.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary>Agency id (see GET /agencies).</summary>
    /// <example>4</example>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary>Part of the agency name, e.g. 临淄.</summary>
    /// <example>临淄</example>
    [FromQuery(Name = "q")] public string? Q { get; init; }

    /// <summary><c>score</c> (lowest first), <c>-score</c> (highest first); default: by report id. Unscored reports sort as −1.</summary>
    /// <example>score</example>
    [FromQuery(Name = "sort"), Codes("score", "-score")] public string? Sort { get; init; }

    /// <summary>Scoring profile id (GET /compliance/profiles); default: <c>default</c>, the stored five-component score.</summary>
    [FromQuery(Name = "profile")] public string? Profile { get; init; }

    public ProblemHttpResult? Check(ProfileCatalog profiles) =>
        Sort is not (null or "score" or "-score") ? Problems.BadParameter("sort", $"sort '{Sort}' must be score or -score.")
        : profiles.Find(Profile) is null ? UnknownProfile(Profile, profiles)
        : null;

    public static ProblemHttpResult UnknownProfile(string? profile, ProfileCatalog profiles) => Problems.BadParameter("profile",
        $"profile '{profile}' is not one of {string.Join(", ", profiles.All.Select(p => p.Id))} (GET /compliance/profiles).");

    public IQueryable<ComplianceRow> Apply(IQueryable<ComplianceRow> rows, DisclosureDb db)
    {
        if (Year is { } year) rows = rows.Where(c => c.Year == year);
        if (Agency is { } agency) rows = rows.Where(c => c.AgencyId == agency);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            // The matching agencies first, then their scores by the (AgencyId, …) index: not every score's agency looked up.
            var agencies = db.Agencies.Where(a => a.Name.Contains(q)).Select(a => a.Id);
            rows = rows.Where(c => agencies.Contains(c.AgencyId));
        }
        return rows;
    }
}

/// <summary>A report's score. Component values are points earned out of the weights of GET /compliance/weights; null = not assessable.</summary>
/// <param name="Score">0–100 over <c>assessedWeight</c> points; null when nothing could be assessed.</param>
/// <param name="ScoreKey">Score × 10 as an integer (−1 when null): the order and cursor key, internal (not in JSON or CSV).</param>
/// <param name="AssessedWeight">How many of the 100 weight points the score rests on.</param>
public sealed record ComplianceItem(int ReportId, int AgencyId, string AgencyName, int Year, double? Score, [property: JsonIgnore] int ScoreKey, int AssessedWeight,
    int? Timeliness, int? Completeness, int? Consistency, int? Continuity, int? Narrative)
{
    /// <summary>The profile the score is under.</summary>
    public string Profile { get; init; } = ScoringProfiles.DefaultId;

    /// <summary>Points earned on the profile's own scale (e.g. out of 2); null for the default profile, whose components are above.</summary>
    public decimal? Points { get; init; }

    /// <summary>Whether an uncertain result (an unreadable date) is in the score; null for the default profile (see GET /compliance/{reportId}).</summary>
    public bool? Uncertain { get; init; }

    /// <summary>Findings flagged for a person to confirm, never deducted; null for the default profile.</summary>
    public int? Flagged { get; init; }

    /// <summary>Points earned per item of the profile (null: not assessable); null for the default profile.</summary>
    public IReadOnlyDictionary<string, decimal?>? Items { get; init; }
}

/// <summary>How scores are computed.</summary>
public sealed record ComplianceMethod(string Method, IReadOnlyList<WeightItem> Components, IReadOnlyList<CostItem> Costs);

/// <summary>A component and its weight (the weights add up to 100).</summary>
public sealed record WeightItem(string Code, string LabelZh, string LabelEn, int Weight, string How);

/// <summary>What one error or warning finding of a rule costs.</summary>
/// <param name="Rule">The rule's code (GET /rules).</param>
/// <param name="Component">The component's code.</param>
public sealed record CostItem(string Rule, string Component, int Points);

