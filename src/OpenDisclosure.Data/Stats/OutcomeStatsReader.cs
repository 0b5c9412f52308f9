using Microsoft.EntityFrameworkCore;

namespace OpenDisclosure.Data.Stats;

/// <summary>A sum of one measure over a group and how many reports it adds up (those where the measure is known).</summary>
public readonly record struct MeasureTotal(long Sum, int Reports);

/// <summary>A rate's numerator and denominator summed over the reports that have every measure it needs.</summary>
public readonly record struct RateTotal(long Numerator, long Denominator, int Reports);

/// <summary>One group (a year, or an agency) of GET /stats/request-outcomes, in the order of <see cref="OutcomeMeasures"/>.</summary>
public sealed record OutcomeGroupTotals(int Key, string? AgencyName, int Reports, IReadOnlyList<MeasureTotal> Measures,
    IReadOnlyList<RateTotal> Rates);

/// <summary>
/// Adds up the per-report measures (<see cref="Rows.OutcomeMeasureRow"/>) per year or per agency in one GROUP BY: the
/// database does the work and the API holds one row per group, whatever the number of reports.
/// </summary>
public static class OutcomeStatsReader
{
    private static readonly string[] Sql = [Build(byAgency: false, inYear: false), Build(false, true), Build(true, false), Build(true, true)];

    public static async Task<List<OutcomeGroupTotals>> ReadAsync(DisclosureDb db, bool byAgency, int? year, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql[(byAgency ? 2 : 0) | (year is null ? 0 : 1)];
            if (year is { } y)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$year";
                parameter.Value = y;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            var groups = new List<OutcomeGroupTotals>();
            var (measures, rates) = (OutcomeMeasures.All.Count, OutcomeMeasures.Rates.Count);
            while (await reader.ReadAsync(ct))
            {
                var column = 3;
                var sums = new MeasureTotal[measures];
                for (var i = 0; i < measures; i++, column += 2) sums[i] = new(reader.GetInt64(column), reader.GetInt32(column + 1));
                var ratios = new RateTotal[rates];
                for (var i = 0; i < rates; i++, column += 3)
                    ratios[i] = new(reader.GetInt64(column), reader.GetInt64(column + 1), reader.GetInt32(column + 2));
                groups.Add(new OutcomeGroupTotals(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.GetInt32(2), sums, ratios));
            }
            return groups;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Build(bool byAgency, bool inYear)
    {
        var key = byAgency ? "m.\"AgencyId\"" : "m.\"Year\"";
        var columns = new List<string>();
        foreach (var measure in OutcomeMeasures.All)
            columns.Add($"COALESCE(SUM(m.\"{measure.Column}\"), 0), COUNT(m.\"{measure.Column}\")");
        foreach (var rate in OutcomeMeasures.Rates)
        {
            var parts = rate.Numerator.Select(OutcomeMeasures.Find).Append(OutcomeMeasures.Find(rate.Denominator)).ToList();
            var usable = string.Join(" AND ", parts.Select(m => $"m.\"{m.Column}\" IS NOT NULL"));
            var numerator = string.Join(" + ", rate.Numerator.Select(n => $"m.\"{OutcomeMeasures.Find(n).Column}\""));
            var denominator = $"m.\"{OutcomeMeasures.Find(rate.Denominator).Column}\"";
            columns.Add($"COALESCE(SUM(CASE WHEN {usable} THEN {numerator} END), 0), "
                + $"COALESCE(SUM(CASE WHEN {usable} THEN {denominator} END), 0), COUNT(CASE WHEN {usable} THEN 1 END)");
        }
        return $"""
            SELECT {key}, {(byAgency ? "a.\"Name\"" : "NULL")}, COUNT(*),
                {string.Join(",\n    ", columns)}
            FROM {Tables.OutcomeMeasures} AS m{(byAgency ? $" JOIN {Tables.Agencies} AS a ON a.\"Id\" = m.\"AgencyId\"" : "")}
            {(inYear ? "WHERE m.\"Year\" = $year" : "")}
            GROUP BY {key}
            ORDER BY {key}
            """;
    }
}
