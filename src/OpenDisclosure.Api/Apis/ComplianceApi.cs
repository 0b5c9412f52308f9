using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Apis;

/// <summary>Compliance scores (0–100) per report, computed from the findings with the weights of GET /compliance/weights.</summary>
public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compliance", List).WithName("listCompliance").WithTags("Compliance").ProducesList(Csv)
            .WithSummary("Compliance scores with their component breakdown, filtered and sortable by score")
            .WithDescription("score is 0–100 over assessedWeight points: a component that is unknown (timeliness without "
                + "a date) or not assessable (continuity without the previous year) is null and leaves the denominator.");
        api.MapGet("/compliance/weights", Weights).WithName("getComplianceWeights")
            .WithMetadata(new ResponseExampleMetadata(() => Method)).WithTags("Compliance")
            .WithSummary("The weights and per-rule costs the scores are computed with");
        api.MapGet("/compliance/{reportId:int}", Explain).WithName("explainCompliance").WithTags("Compliance")
            .WithSummary("One report's score explained finding by finding")
            .WithDescription("404 when no report has this id.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<Page<ComplianceItem>>, CsvResult<ComplianceItem>, ProblemHttpResult>> List(
        [AsParameters] ComplianceFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var rows = filter.Apply(db.Compliance, db);
        var descending = filter.Sort == "-score";
        var byScore = !string.IsNullOrEmpty(filter.Sort);
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

    public static Ok<ComplianceMethod> Weights() => TypedResults.Ok(Method);

    /// <param name="reportId" example="4">Report id (see GET /reports).</param>
    public static async Task<Results<Ok<ComplianceExplanation>, ProblemHttpResult>> Explain(int reportId, DisclosureDb db, CancellationToken ct)
    {
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.Id, r.AgencyId, r.Agency.Name, r.Year }).FirstOrDefaultAsync(ct);
        if (report is null) return Problems.NotFound("Report", reportId);
        var rows = await db.Findings.Where(f => f.ReportId == reportId).OrderBy(f => f.Id).ToListAsync(ct);
        var byFinding = rows.ToDictionary(f => f, ToFinding);
        var score = ComplianceScorer.Score(byFinding.Values);
        var ids = byFinding.ToDictionary(p => p.Value, p => p.Key.Id, (IEqualityComparer<Finding>)ReferenceEqualityComparer.Instance);
        var components = score.Components.Select(c => new ComponentExplanation(c.Weight.Code, c.Weight.NameZh, c.Weight.NameEn,
            c.Weight.Weight, c.Earned, c.Status,
            c.Findings.Select(f => new CostedFinding((long)ids[f.Finding], f.Finding.RuleId, f.Finding.Severity.Code(), f.Points,
                f.Finding.MessageZh, f.Finding.MessageEn, f.Finding.Expected, f.Finding.Actual, f.Finding.Evidence)).ToList())).ToList();
        return TypedResults.Ok(new ComplianceExplanation(report.Id, report.AgencyId, report.Name, report.Year,
            score.Total, score.AssessedWeight, components, Method.Method));
    }

    private static Finding ToFinding(FindingRow f) => new(f.RuleId, SeverityCodes.FromCode(f.Severity) ?? Severity.Info,
        f.MessageZh, f.MessageEn, new FindingLocation(f.Section, f.RowCode, f.ColumnCode, f.Line), f.Expected, f.Actual, f.Evidence);

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
        .Add("narrative", (w, c) => w.Field(c.Narrative));
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

/// <summary>A report's score. Component values are points earned out of the weights of GET /compliance/weights; null = unknown / not assessable.</summary>
/// <param name="Score">0–100 over <c>assessedWeight</c> points; null when nothing could be assessed.</param>
/// <param name="ScoreKey">Score × 10 as an integer (−1 when null): the order and cursor key, internal (not in JSON or CSV).</param>
/// <param name="AssessedWeight">How many of the 100 weight points the score rests on.</param>
public sealed record ComplianceItem(int ReportId, int AgencyId, string AgencyName, int Year, double? Score, [property: JsonIgnore] int ScoreKey, int AssessedWeight,
    int? Timeliness, int? Completeness, int? Consistency, int? Continuity, int? Narrative);

/// <summary>How scores are computed.</summary>
public sealed record ComplianceMethod(string Method, IReadOnlyList<WeightItem> Components, IReadOnlyList<CostItem> Costs);

/// <summary>A component and its weight (the weights add up to 100).</summary>
public sealed record WeightItem(string Code, string LabelZh, string LabelEn, int Weight, string How);

/// <summary>What one error or warning finding of a rule costs.</summary>
/// <param name="Rule">The rule's code (GET /rules).</param>
/// <param name="Component">The component's code.</param>
public sealed record CostItem(string Rule, string Component, int Points);

/// <summary>One report's score, component by component, with the findings behind each.</summary>
public sealed record ComplianceExplanation(int ReportId, int AgencyId, string AgencyName, int Year, decimal? Score, int AssessedWeight,
    IReadOnlyList<ComponentExplanation> Components, string Method);

/// <summary>A component: <c>status</c> is passed, reduced, failed, unknown or not_assessable.</summary>
public sealed record ComponentExplanation(string Code, string LabelZh, string LabelEn, int Weight, decimal? Earned, string Status,
    IReadOnlyList<CostedFinding> Findings);

/// <summary>A finding and the points it cost (0 for info findings and for rules that only mark a component unknown).</summary>
public sealed record CostedFinding(long FindingId, string Rule, string Severity, int Points, string MessageZh, string MessageEn,
    string? Expected, string? Actual, string? Evidence);
