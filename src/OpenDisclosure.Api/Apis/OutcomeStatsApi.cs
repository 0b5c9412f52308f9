using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Stats;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 三 totals summed per year or per agency, with the number of reports behind each sum and derived rates.</summary>
public static class OutcomeStatsApi
{
    public static RouteGroupBuilder MapOutcomeStatsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats/request-outcomes", Get).WithName("getRequestOutcomeStats").WithTags("Statistics")
            .WithSummary("Request outcomes summed per year or per agency, with derived rates and their formulas")
            .WithDescription("Each sum says how many reports are behind it (a missing cell leaves its report out of that "
                + "sum, never counted as 0). Rates are computed over the reports that have every cell they need; a zero "
                + "denominator gives null.");
        return api;
    }

    public static async Task<Ok<OutcomeStats>> Get([AsParameters] OutcomeStatsQuery query, DisclosureDb db, ImportCache cache,
        CancellationToken ct)
    {
        var byAgency = query.GroupBy == "agency";
        // Per year the answer is a few groups: kept until the next import. Per agency it is one group per agency (large),
        // and a year's agencies are an index range: computed each time.
        return TypedResults.Ok(byAgency ? await Compute(db, true, query.Year, ct)
            : await cache.GetAsync($"stats/year/{query.Year}", db, () => Compute(db, false, query.Year, ct), ct));
    }

    private static async Task<OutcomeStats> Compute(DisclosureDb db, bool byAgency, int? year, CancellationToken ct)
    {
        var groups = (await OutcomeStatsReader.ReadAsync(db, byAgency, year, ct)).Select(g => new OutcomeGroup(
            byAgency ? null : g.Key, byAgency ? g.Key : null, g.AgencyName, g.Reports,
            OutcomeMeasures.All.Select((m, i) => (m.Code, Sum: new MeasureSum(g.Measures[i].Sum, g.Measures[i].Reports)))
                .ToDictionary(x => x.Code, x => x.Sum),
            OutcomeMeasures.Rates.Select((r, i) => (r.Code, Rate: Rate(g.Rates[i]))).ToDictionary(x => x.Code, x => x.Rate))).ToList();
        return new OutcomeStats(byAgency ? "agency" : "year", year, Formulas, groups);
    }

    private static RateValue Rate(RateTotal total) =>
        new(total.Denominator == 0 ? null : Math.Round((decimal)total.Numerator / total.Denominator, 4), total.Reports);

    private static readonly IReadOnlyDictionary<string, string> Formulas = OutcomeMeasures.Rates.ToDictionary(r => r.Code, r => r.Formula);
}

/// <summary>Parameters of GET /stats/request-outcomes.</summary>
public sealed class OutcomeStatsQuery
{
    /// <summary><c>year</c> (default) or <c>agency</c>.</summary>
    /// <example>agency</example>
    [FromQuery(Name = "groupBy"), Codes("year", "agency")] public string? GroupBy { get; init; }

    /// <summary>Only reports of this year.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }
}

/// <summary>Sums per group, with the formula of every rate. Sums are keyed by the table 三 row or outcome group code
/// (snake_case, as in <c>row=</c> and GET /codelists), rates by their code (snake_case too).</summary>
public sealed record OutcomeStats(string GroupBy, int? Year, IReadOnlyDictionary<string, string> Formulas, IReadOnlyList<OutcomeGroup> Groups);

/// <summary>One group: a year, or an agency.</summary>
/// <param name="Reports">Reports in the group with a table 三.</param>
public sealed record OutcomeGroup(int? Year, int? AgencyId, string? AgencyName, int Reports,
    IReadOnlyDictionary<string, MeasureSum> Sums, IReadOnlyDictionary<string, RateValue> Rates);

/// <summary>A sum and how many reports it adds up.</summary>
public sealed record MeasureSum(long Sum, int Reports);

/// <summary>A rate (0–1, 4 decimals; null for a zero denominator) and the reports it rests on.</summary>
public sealed record RateValue(decimal? Value, int Reports);
