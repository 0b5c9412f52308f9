using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Api.Apis;

/// <summary>Copied text (内容雷同): how much of each report's narrative repeats its agency's previous report and the closest other report of its year.</summary>
public static class SimilarityApi
{
    public static RouteGroupBuilder MapSimilarityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/similarity", List).WithName("listSimilarity").WithTags("Similarity").ProducesList(Csv)
            .WithSummary("Text repeated from the previous year's report or another report of the same year")
            .WithDescription("One item per report and kind (previous_year: the same agency's report of the year before; same_year: "
                + "the closest other report of the year, across agencies). share is the part of the report's narrative (letters and "
                + "CJK characters; digits count as one) covered by 9-character pieces the other report also has; above 0.5 the "
                + "report carries a similarity.copied finding. Sorted by report id, or by share with sort=-share.");
        return api;
    }

    public static async Task<Results<Ok<Page<SimilarityItem>>, CsvResult<SimilarityItem>, ProblemHttpResult>> List(
        [AsParameters] SimilarityFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if ((list.Check() ?? filter.Check()) is { } problem) return problem;
        var rows = db.Similarity.AsQueryable();
        if (filter.Year is { } year) rows = rows.Where(s => s.Year == year);
        if (filter.Agency is { } agency) rows = rows.Where(s => s.AgencyId == agency);
        if (filter.Kind is { } kind) rows = rows.Where(s => s.Kind == kind);
        if (filter.MinShare is { } min) rows = rows.Where(s => s.Share >= min);
        var byShare = filter.Sort == "-share";
        var ordered = filter.Sort == "share" ? rows.OrderBy(s => s.Share).ThenBy(s => s.ReportId).ThenBy(s => s.Kind)
            : byShare ? rows.OrderByDescending(s => s.Share).ThenBy(s => s.ReportId).ThenBy(s => s.Kind)
            : rows.OrderBy(s => s.ReportId).ThenBy(s => s.Kind);
        if (list.WantsCsv(http.Request))
            return new CsvResult<SimilarityItem>(Project(ordered, db).AsAsyncEnumerable().Select(Item), Csv, list.Bom == true, "similarity");
        // Offset cursor: the list is small (two rows per report at most) and sorted two ways.
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        var skip = (int)(key?[0] ?? 0);
        var page = (await Project(ordered, db).Skip(skip).Take(list.PageSize + 1).ToListAsync(http.RequestAborted)).Select(Item).ToList();
        var position = skip;
        return Pages.Of(http, page, list.PageSize, _ => Cursor.Format(position + list.PageSize));
    }

    /// <summary>The similarity rows of one report, for GET /reports/{id}.</summary>
    public static async Task<List<SimilarityItem>> OfReport(DisclosureDb db, int reportId, CancellationToken ct) =>
        (await Project(db.Similarity.Where(s => s.ReportId == reportId).OrderBy(s => s.Kind), db).ToListAsync(ct)).Select(Item).ToList();

    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);

    private sealed record Joined(SimilarityRow Row, string AgencyName, string OtherAgencyName, int OtherYear);

    private static IQueryable<Joined> Project(IQueryable<SimilarityRow> rows, DisclosureDb db) =>
        from s in rows
        join a in db.Agencies on s.AgencyId equals a.Id
        join o in db.Reports on s.OtherReportId equals o.Id
        select new Joined(s, a.Name, o.Agency.Name, o.Year);

    private static SimilarityItem Item(Joined j) => new(j.Row.ReportId, j.Row.AgencyId, j.AgencyName, j.Row.Year, j.Row.Kind,
        j.Row.OtherReportId, j.OtherAgencyName, j.OtherYear, Math.Round((decimal)j.Row.Share, 4), j.Row.Characters,
        (decimal)j.Row.Share > SimilarityRules.Threshold,
        JsonSerializer.Deserialize<List<SectionShareItem>>(j.Row.SectionShares, StoredJson) ?? [],
        JsonSerializer.Deserialize<List<string>>(j.Row.Passages) ?? []);

    private static readonly CsvColumns<SimilarityItem> Csv = new CsvColumns<SimilarityItem>()
        .Add("reportId", (w, s) => w.Field(s.ReportId)).Add("agencyId", (w, s) => w.Field(s.AgencyId))
        .Add("agencyName", (w, s) => w.Field(s.AgencyName)).Add("year", (w, s) => w.Field(s.Year))
        .Add("kind", (w, s) => w.Field(s.Kind)).Add("otherReportId", (w, s) => w.Field(s.OtherReportId))
        .Add("otherAgencyName", (w, s) => w.Field(s.OtherAgencyName)).Add("otherYear", (w, s) => w.Field(s.OtherYear))
        .Add("share", (w, s) => w.Field(s.Share)).Add("characters", (w, s) => w.Field(s.Characters))
        .Add("flagged", (w, s) => w.Field(s.Flagged ? "true" : "false"))
        .Add("passages", (w, s) => w.Field(string.Join(" … ", s.Passages)));
}

/// <summary>Filters of GET /similarity.</summary>
public sealed class SimilarityFilter
{
    /// <summary>Report year, e.g. 2024.</summary>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary>Agency id (see GET /agencies).</summary>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary><c>previous_year</c> or <c>same_year</c>.</summary>
    /// <example>previous_year</example>
    [FromQuery(Name = "kind"), Codes(MatchKinds.PreviousYear, MatchKinds.SameYear)] public string? Kind { get; init; }

    /// <summary>Only shares at least this (0–1), e.g. 0.5.</summary>
    [FromQuery(Name = "minShare")] public double? MinShare { get; init; }

    /// <summary><c>-share</c> (highest first) or <c>share</c> (lowest first); default: by report id.</summary>
    /// <example>-share</example>
    [FromQuery(Name = "sort"), Codes("share", "-share")] public string? Sort { get; init; }

    public ProblemHttpResult? Check() =>
        Kind is not (null or MatchKinds.PreviousYear or MatchKinds.SameYear)
            ? Problems.BadParameter("kind", $"kind '{Kind}' must be {MatchKinds.PreviousYear} or {MatchKinds.SameYear}.")
        : MinShare is < 0 or > 1 ? Problems.BadParameter("minShare", $"minShare must be between 0 and 1; got {MinShare}.")
        : Sort is not (null or "share" or "-share") ? Problems.BadParameter("sort", $"sort '{Sort}' must be share or -share.")
        : null;
}
