using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Stats;

/// <summary>
/// Derives <see cref="Rows.OutcomeMeasureRow"/> for every stored report that has table 三 rows but no measures yet:
/// one GROUP BY over their request-outcome rows, run after each import. Keyed on what is missing rather than on
/// what the import touched, so an interrupted seed is completed by the next run (replacing a report deletes its
/// measures with its other rows).
/// </summary>
public static class OutcomeMeasureRefresh
{
    private static readonly string Sql = $"""
        INSERT INTO {Tables.OutcomeMeasures} ("ReportId", "AgencyId", "Year", {string.Join(", ", OutcomeMeasures.All.Select(m => $"\"{m.Column}\""))})
        SELECT o."ReportId", MIN(o."AgencyId"), MIN(o."Year"),
            {string.Join(",\n    ", OutcomeMeasures.All.Select(Measure))}
        FROM {Tables.RequestOutcomes} AS o
        WHERE o."ReportId" IN (SELECT r."Id" FROM {Tables.Reports} AS r
            WHERE NOT EXISTS (SELECT 1 FROM {Tables.OutcomeMeasures} AS m WHERE m."ReportId" = r."Id"))
        GROUP BY o."ReportId"
        """;

    /// <summary>
    /// Null unless every row of the measure the report has is filled (and it has at least one). Added with TOTAL(), a
    /// double that never overflows (SUM() of absurd cells such as 2^62 would abort the whole statement, so the whole
    /// import): exact below 2^53, and a sum at or above it is not a count of requests, so it is unknown (null).
    /// </summary>
    private static string Measure(OutcomeMeasure measure)
    {
        var rows = string.Join(", ", measure.Rows.Select(r => $"'{r}'"));
        var sum = $"""TOTAL(CASE WHEN o."RowCode" IN ({rows}) THEN o."Total" END)""";
        return $"""
            CASE WHEN SUM(o."RowCode" IN ({rows})) = 0 OR SUM(o."RowCode" IN ({rows}) AND o."Total" IS NULL) > 0
                OR ABS({sum}) >= 9007199254740992.0
            THEN NULL ELSE CAST({sum} AS INTEGER) END
            """;
    }

    /// <summary>Adds the missing rows and replaces the <see cref="ImportVersion"/>; returns how many reports got measures.</summary>
    public static int Run(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var added = command.ExecuteNonQuery();
        command.CommandText = ImportVersion.BumpSql;
        command.ExecuteNonQuery();
        return added;
    }
}
