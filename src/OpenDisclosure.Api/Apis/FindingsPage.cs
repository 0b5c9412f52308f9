using Microsoft.Data.Sqlite;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The JSON page query of GET /findings, in plain SQL on a <see cref="ReadConnections"/> statement (see
/// <see cref="RequestOutcomesPage"/> for why). One SQL text per combination of filters, each with its own plan.
/// </summary>
public static class FindingsPage
{
    private static readonly string[] Sql = Enumerable.Range(0, 16).Select(Build).ToArray();

    /// <summary>Up to <paramref name="take"/> findings with an id above <paramref name="afterId"/>, filtered, in id order.</summary>
    public static List<FindingItem> Read(ReadConnections connections, int? agency, int? year, string? severity, string? rule,
        long afterId, int take)
    {
        var sql = Sql[(agency is null ? 0 : 1) | (year is null ? 0 : 2) | (severity is null ? 0 : 4) | (rule is null ? 0 : 8)];
        return connections.List(sql, Item, ("$agency", agency), ("$year", year), ("$severity", severity), ("$rule", rule),
            ("$afterId", afterId), ("$take", take));
    }

    private static FindingItem Item(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
            reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), Number(reader, 9), Text(reader, 10),
            Text(reader, 11), Number(reader, 12), Text(reader, 13), Text(reader, 14), Text(reader, 15));

    private static int? Number(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string Build(int filters)
    {
        var where = (filters & 1) != 0 ? "f.\"AgencyId\" = $agency AND " : "";
        if ((filters & 2) != 0) where += "f.\"Year\" = $year AND ";
        if ((filters & 4) != 0) where += "f.\"Severity\" = $severity AND ";
        if ((filters & 8) != 0) where += "f.\"RuleId\" = $rule AND ";
        return $"""
            SELECT f."Id", f."ReportId", f."AgencyId", a."Name", f."Year", f."RuleId", f."Severity", f."MessageZh",
                f."MessageEn", f."Section", f."RowCode", f."ColumnCode", f."Line", f."Expected", f."Actual", f."Evidence"
            FROM {Tables.Findings} AS f JOIN {Tables.Agencies} AS a ON a."Id" = f."AgencyId"
            WHERE {where}f."Id" > $afterId
            ORDER BY f."Id"
            LIMIT $take
            """;
    }
}
