using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
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
                + "(section, row, column, line) and the expected and actual numbers.");
        return api;
    }

    public static Results<JsonPage<FindingItem>, CsvResult<FindingItem>, ProblemHttpResult> List(
        [AsParameters] FindingFilter filter, [AsParameters] ListOptions list, ReadConnections reads, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var (agency, year, severity, rule) = (filter.Agency, filter.Year, filter.SeverityCode, filter.RuleId);
        // The EF context only for CSV: a JSON page needs none, and renting one cost every page request.
        if (list.WantsCsv(http.Request))
            return new CsvResult<FindingItem>(Query(http.RequestServices.GetRequiredService<DisclosureDb>(), agency, year, severity, rule, 0,
                int.MaxValue), Csv, list.Bom == true, "findings");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        using var connection = reads.Rent();
        using var rows = FindingsPage.Query(connection, agency, year, severity, rule, key?[0] ?? 0, list.PageSize + 1);
        return JsonPage<FindingItem>.Write(http, rows, [0], list.PageSize);
    }

    /// <summary>Findings after the keyset position, filtered, for the CSV export (JSON pages use <see cref="FindingsPage"/>);
    /// compiled once (null filters drop out of the SQL).</summary>
    private static readonly Func<DisclosureDb, int?, int?, string?, string?, long, int, IAsyncEnumerable<FindingItem>> Query =
        EF.CompileAsyncQuery((DisclosureDb db, int? agency, int? year, string? severity, string? rule, long afterId, int take) =>
            (from f in db.Findings
             where (agency == null || f.AgencyId == agency) && (year == null || f.Year == year)
                && (severity == null || f.Severity == severity) && (rule == null || f.RuleId == rule) && f.Id > afterId
             join a in db.Agencies on f.AgencyId equals a.Id
             orderby f.Id
             select new FindingItem(f.Id, f.ReportId, f.AgencyId, a.Name, f.Year, f.RuleId, f.Severity, f.MessageZh, f.MessageEn,
                 f.Section, f.RowCode, f.ColumnCode, f.Line, f.Expected, f.Actual, f.Evidence))
            .Take(take));

    private static readonly CsvColumns<FindingItem> Csv = new CsvColumns<FindingItem>()
        .Add("findingId", (w, f) => w.Field(f.FindingId)).Add("reportId", (w, f) => w.Field(f.ReportId))
        .Add("agencyId", (w, f) => w.Field(f.AgencyId)).Add("agencyName", (w, f) => w.Field(f.AgencyName))
        .Add("year", (w, f) => w.Field(f.Year)).Add("rule", (w, f) => w.Field(f.Rule))
        .Add("severity", (w, f) => w.Field(f.Severity)).Add("messageZh", (w, f) => w.Field(f.MessageZh))
        .Add("messageEn", (w, f) => w.Field(f.MessageEn)).Add("section", (w, f) => w.Field(f.Section))
        .Add("row", (w, f) => w.Field(f.Row)).Add("column", (w, f) => w.Field(f.Column))
        .Add("line", (w, f) => w.Field(f.Line)).Add("expected", (w, f) => w.Field(f.Expected))
        .Add("actual", (w, f) => w.Field(f.Actual)).Add("evidence", (w, f) => w.Field(f.Evidence));
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
public sealed record FindingItem(long FindingId, int ReportId, int AgencyId, string AgencyName, int Year, string Rule,
    string Severity, string MessageZh, string MessageEn, int? Section, string? Row, string? Column, int? Line,
    string? Expected, string? Actual, string? Evidence);
