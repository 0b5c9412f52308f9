using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The JSON page query of GET /agencies, in plain SQL on a <see cref="ReadConnections"/> statement (see
/// <see cref="RequestOutcomesPage"/> for why). A name part of three characters or more is looked up in the trigram
/// index (<see cref="AgencyNameSearch"/>), which returns agencies in id order, so a page reads only its own rows;
/// the figures are the ones the importer keeps in the agency row.
/// </summary>
public static class AgenciesPage
{
    private const int Indexed = 1, Scanned = 2, InYear = 4;
    private static readonly string[] Sql = Enumerable.Range(0, 8).Select(Build).ToArray();

    /// <summary>Up to <paramref name="take"/> agencies with an id above <paramref name="afterId"/>, filtered, in id order;
    /// the columns are <see cref="AgencyItem"/>'s properties in order.</summary>
    /// <param name="q">Part of the name (already trimmed), or null.</param>
    public static Rows Query(ReadConnection connection, string? q, int? year, long afterId, int take)
    {
        var search = q is null ? 0 : AgencyNameSearch.Covers(q) ? Indexed : Scanned;
        return connection.Query(Sql[search | (year is null ? 0 : InYear)],
            ("$phrase", search == Indexed ? AgencyNameSearch.Phrase(q!) : null), ("$q", q), ("$year", year),
            ("$afterId", afterId), ("$take", take));
    }

    private static string Build(int filters)
    {
        // The index's phrase match is exact for these parts; instr keeps the answer identical to the scan regardless.
        var (from, key, where) = (filters & Indexed) != 0
            ? ($"{AgencyNameSearch.Table} AS n JOIN {Tables.Agencies} AS a ON a.\"Id\" = n.rowid", "n.rowid",
                $"{AgencyNameSearch.Table} MATCH $phrase AND instr(a.\"Name\", $q) > 0 AND ")
            : ($"{Tables.Agencies} AS a", "a.\"Id\"", (filters & Scanned) != 0 ? "instr(a.\"Name\", $q) > 0 AND " : "");
        if ((filters & InYear) != 0)
            where += $"EXISTS (SELECT 1 FROM {Tables.Reports} AS r WHERE r.\"AgencyId\" = a.\"Id\" AND r.\"Year\" = $year) AND ";
        return $"""
            SELECT a."Id", a."Name", a."ReportCount", a."FirstYear", a."LastYear"
            FROM {from}
            WHERE {where}{key} > $afterId
            ORDER BY {key}
            LIMIT $take
            """;
    }
}
