using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// Keeps each agency's report count and first and last year (the figures of GET /agencies) in its row. Counting
/// them per request cost three index searches per listed agency, more than finding the agencies themselves.
/// Run after an import over the agencies it stored reports for (about 0.13 s for all 25,000 of the 100,000-report
/// bench).
/// </summary>
internal static class AgencySummaries
{
    private const string Sql = $"""
        UPDATE {Tables.Agencies} SET
            "ReportCount" = (SELECT COUNT(*) FROM {Tables.Reports} AS r WHERE r."AgencyId" = {Tables.Agencies}."Id"),
            "FirstYear" = (SELECT MIN(r."Year") FROM {Tables.Reports} AS r WHERE r."AgencyId" = {Tables.Agencies}."Id"),
            "LastYear" = (SELECT MAX(r."Year") FROM {Tables.Reports} AS r WHERE r."AgencyId" = {Tables.Agencies}."Id")
        WHERE "Id" IN (SELECT value FROM json_each($ids))
        """;

    public static void Refresh(SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<int> agencyIds)
    {
        var ids = agencyIds.Distinct().ToArray();
        if (ids.Length == 0) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        command.ExecuteNonQuery();
    }
}
