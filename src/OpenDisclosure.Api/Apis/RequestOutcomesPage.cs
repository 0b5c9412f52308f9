using Microsoft.Data.Sqlite;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The JSON page query of GET /request-outcomes, in plain SQL on a <see cref="ReadConnections"/> statement: the
/// hottest list of the API (the bench's filtered query). One SQL text per combination of filters, so each gets its
/// own indexed plan: agency + year is a range read of (AgencyId, Year, ReportId, RowOrder) in page order.
/// </summary>
public static class RequestOutcomesPage
{
    private static readonly string[] Sql = Enumerable.Range(0, 8).Select(Build).ToArray();

    /// <summary>Up to <paramref name="take"/> wide rows after the keyset position (report, row order), filtered.</summary>
    public static List<RequestOutcomeItem> Read(ReadConnections connections, int? agency, int? year, string? row,
        int afterReport, int afterOrder, int take)
    {
        var sql = Sql[(agency is null ? 0 : 1) | (year is null ? 0 : 2) | (row is null ? 0 : 4)];
        return connections.List(sql, Item, ("$agency", agency), ("$year", year), ("$row", row),
            ("$afterReport", afterReport), ("$afterOrder", afterOrder), ("$take", take));
    }

    private static RequestOutcomeItem Item(SqliteDataReader reader) =>
        new(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
            Cell(reader, 5), Cell(reader, 6), Cell(reader, 7), Cell(reader, 8), Cell(reader, 9), Cell(reader, 10), Cell(reader, 11))
        {
            RowOrder = reader.GetInt32(12),
        };

    private static long? Cell(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);

    private static string Build(int filters)
    {
        var where = (filters & 1) != 0 ? "o.\"AgencyId\" = $agency AND " : "";
        if ((filters & 2) != 0) where += "o.\"Year\" = $year AND ";
        if ((filters & 4) != 0) where += "o.\"RowCode\" = $row AND ";
        return $"""
            SELECT o."ReportId", o."AgencyId", a."Name", o."Year", o."RowCode", o."NaturalPerson", o."CommercialEnterprise",
                o."ResearchInstitution", o."SocialWelfareOrganization", o."LegalServiceAgency", o."OtherOrganization", o."Total",
                o."RowOrder"
            FROM {Tables.RequestOutcomes} AS o JOIN {Tables.Agencies} AS a ON a."Id" = o."AgencyId"
            WHERE {where}(o."ReportId" > $afterReport OR (o."ReportId" = $afterReport AND o."RowOrder" > $afterOrder))
            ORDER BY o."ReportId", o."RowOrder"
            LIMIT $take
            """;
    }
}
