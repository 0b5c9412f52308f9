using Microsoft.Data.Sqlite;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The JSON page query of GET /agencies, in plain SQL on a <see cref="ReadConnections"/> statement (see
/// <see cref="RequestOutcomesPage"/> for why). One SQL text per combination of filters.
/// </summary>
public static class AgenciesPage
{
    private static readonly string[] Sql = Enumerable.Range(0, 4).Select(Build).ToArray();

    /// <summary>Up to <paramref name="take"/> agencies with an id above <paramref name="afterId"/>, filtered, in id order.</summary>
    /// <param name="q">Part of the name (already trimmed), or null.</param>
    public static List<AgencyItem> Read(ReadConnections connections, string? q, int? year, long afterId, int take)
    {
        var sql = Sql[(q is null ? 0 : 1) | (year is null ? 0 : 2)];
        return connections.List(sql, Item, ("$q", q), ("$year", year), ("$afterId", afterId), ("$take", take));
    }

    private static AgencyItem Item(SqliteDataReader reader) =>
        new(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4));

    private static string Build(int filters)
    {
        var where = (filters & 1) != 0 ? "instr(a.\"Name\", $q) > 0 AND " : "";
        if ((filters & 2) != 0)
            where += $"EXISTS (SELECT 1 FROM {Tables.Reports} AS r WHERE r.\"AgencyId\" = a.\"Id\" AND r.\"Year\" = $year) AND ";
        return $"""
            SELECT a."Id", a."Name",
                (SELECT COUNT(*) FROM {Tables.Reports} AS r WHERE r."AgencyId" = a."Id"),
                (SELECT MIN(r."Year") FROM {Tables.Reports} AS r WHERE r."AgencyId" = a."Id"),
                (SELECT MAX(r."Year") FROM {Tables.Reports} AS r WHERE r."AgencyId" = a."Id")
            FROM {Tables.Agencies} AS a
            WHERE {where}a."Id" > $afterId
            ORDER BY a."Id"
            LIMIT $take
            """;
    }
}
