using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 三 totals summed per year or per agency, with the number of reports behind each sum and derived rates.</summary>
public static class OutcomeStatsApi
{
    /// <summary>Measures: a table 三 row, or an outcome group summed over its rows (a report counts only when all are filled).</summary>
    private static readonly (string Code, string[] Rows)[] Measures =
    [
        ("newRequests", [RequestRows.NewRequests]), ("carriedOver", [RequestRows.CarriedOver]),
        ("granted", ["granted"]), ("partiallyGranted", ["partially_granted"]),
        ("denied", Group("denied")), ("unavailable", Group("unavailable")), ("notProcessed", Group("not_processed")),
        ("other", ["other_overdue_correction", "other_unpaid_fee", "other", "other_processing"]),
        ("totalProcessed", [RequestRows.TotalProcessed]), ("carriedForward", [RequestRows.CarriedForward]),
    ];

    /// <summary>Rates: numerator measures / denominator measure, over the reports where all of them are filled.</summary>
    private static readonly (string Code, string[] Numerator, string Denominator, string Formula)[] Rates =
    [
        ("disclosureRate", ["granted", "partiallyGranted"], "totalProcessed", "(granted + partially_granted) / total_processed"),
        ("grantedRate", ["granted"], "totalProcessed", "granted / total_processed"),
        ("deniedRate", ["denied"], "totalProcessed", "denied (all 8 reasons) / total_processed"),
        ("carriedForwardRate", ["carriedForward"], "totalProcessed", "carried_forward / total_processed"),
    ];

    public static RouteGroupBuilder MapOutcomeStatsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats/request-outcomes", Get).WithTags("Statistics")
            .WithSummary("Request outcomes summed per year or per agency, with derived rates and their formulas")
            .WithDescription("Each sum says how many reports are behind it (a missing cell leaves its report out of that "
                + "sum, never counted as 0). Rates are computed over the reports that have every cell they need; a zero "
                + "denominator gives null.");
        return api;
    }

    public static async Task<Results<Ok<OutcomeStats>, ProblemHttpResult>> Get([AsParameters] OutcomeStatsQuery query, DisclosureDb db, CancellationToken ct)
    {
        if (query.Check() is { } problem) return problem;
        var rows = db.RequestOutcomes.AsQueryable();
        if (query.Year is { } year) rows = rows.Where(o => o.Year == year);
        var cells = await rows.Select(o => new { o.ReportId, o.AgencyId, o.Year, o.RowCode, o.Total }).ToListAsync(ct);
        var names = await db.Agencies.ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var reports = cells.GroupBy(c => (c.ReportId, c.AgencyId, c.Year)).Select(r =>
        {
            var byRow = r.ToDictionary(c => c.RowCode, c => c.Total);
            var values = Measures.ToDictionary(m => m.Code, m =>
            {
                var present = m.Rows.Where(byRow.ContainsKey).ToList();
                return present.Count == 0 || present.Any(x => byRow[x] is null) ? null : (long?)present.Sum(x => byRow[x]!.Value);
            });
            return (r.Key.AgencyId, r.Key.Year, Values: values);
        }).ToList();

        var byAgency = query.GroupBy == "agency";
        var groups = reports.GroupBy(r => byAgency ? r.AgencyId : r.Year).OrderBy(g => g.Key).Select(g =>
        {
            var list = g.ToList();
            var sums = Measures.ToDictionary(m => m.Code, m =>
            {
                var known = list.Where(r => r.Values[m.Code] is not null).ToList();
                return new MeasureSum(known.Sum(r => r.Values[m.Code]!.Value), known.Count);
            });
            var rates = Rates.ToDictionary(x => x.Code, x =>
            {
                var usable = list.Where(r => r.Values[x.Denominator] is not null && x.Numerator.All(n => r.Values[n] is not null)).ToList();
                var den = usable.Sum(r => r.Values[x.Denominator]!.Value);
                var num = usable.Sum(r => x.Numerator.Sum(n => r.Values[n]!.Value));
                return new RateValue(den == 0 ? null : Math.Round((decimal)num / den, 4), usable.Count);
            });
            return new OutcomeGroup(byAgency ? null : g.Key, byAgency ? g.Key : null, byAgency ? names.GetValueOrDefault(g.Key) : null,
                list.Count, sums, rates);
        }).ToList();

        return TypedResults.Ok(new OutcomeStats(query.GroupBy ?? "year", query.Year,
            Rates.ToDictionary(r => r.Code, r => r.Formula), groups));
    }

    private static string[] Group(string group) => RequestRows.AllCodes.Where(r => r.Group == group).Select(r => r.Code).ToArray();
}

/// <summary>Parameters of GET /stats/request-outcomes.</summary>
public sealed class OutcomeStatsQuery
{
    /// <summary><c>year</c> (default) or <c>agency</c>.</summary>
    [FromQuery(Name = "groupBy")] public string? GroupBy { get; init; }

    /// <summary>Only reports of this year.</summary>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    public ProblemHttpResult? Check() => GroupBy is null or "year" or "agency"
        ? null : Problems.BadParameter("groupBy", $"groupBy '{GroupBy}' must be year or agency.");
}

/// <summary>Sums per group, with the formula of every rate.</summary>
public sealed record OutcomeStats(string GroupBy, int? Year, IReadOnlyDictionary<string, string> Formulas, IReadOnlyList<OutcomeGroup> Groups);

/// <summary>One group: a year, or an agency.</summary>
/// <param name="Reports">Reports in the group with a table 三.</param>
public sealed record OutcomeGroup(int? Year, int? AgencyId, string? AgencyName, int Reports,
    IReadOnlyDictionary<string, MeasureSum> Sums, IReadOnlyDictionary<string, RateValue> Rates);

/// <summary>A sum and how many reports it adds up.</summary>
public sealed record MeasureSum(long Sum, int Reports);

/// <summary>A rate (0–1, 4 decimals; null for a zero denominator) and the reports it rests on.</summary>
public sealed record RateValue(decimal? Value, int Reports);
