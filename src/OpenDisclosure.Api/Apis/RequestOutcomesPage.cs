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

    /// <summary>The column after the item's properties: the second half of the keyset cursor.</summary>
    public const int RowOrderColumn = 12;

    /// <summary>Up to <paramref name="take"/> wide rows after the keyset position (report, row order), filtered; the
    /// columns are <see cref="RequestOutcomeItem"/>'s JSON properties in order, then RowOrder.</summary>
    public static Rows Query(ReadConnection connection, int? agency, int? year, string? row, int afterReport, int afterOrder, int take) =>
        connection.Query(Sql[(agency is null ? 0 : 1) | (year is null ? 0 : 2) | (row is null ? 0 : 4)],
            ("$agency", agency), ("$year", year), ("$row", row), ("$afterReport", afterReport), ("$afterOrder", afterOrder),
            ("$take", take));

    /// <summary>The same rows as items (for the long shape, which expands each into seven).</summary>
    public static List<RequestOutcomeItem> Read(ReadConnections connections, int? agency, int? year, string? row,
        int afterReport, int afterOrder, int take)
    {
        using var connection = connections.Rent();
        using var rows = Query(connection, agency, year, row, afterReport, afterOrder, take);
        var items = new List<RequestOutcomeItem>();
        while (rows.Next()) items.Add(Item(rows));
        return items;
    }

    private static RequestOutcomeItem Item(Rows row) =>
        new(row.Int32(0), row.Int32(1), row.Text(2), row.Int32(3), row.Text(4), row.Int64OrNull(5), row.Int64OrNull(6),
            row.Int64OrNull(7), row.Int64OrNull(8), row.Int64OrNull(9), row.Int64OrNull(10), row.Int64OrNull(11))
        {
            RowOrder = row.Int32(RowOrderColumn),
        };

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
