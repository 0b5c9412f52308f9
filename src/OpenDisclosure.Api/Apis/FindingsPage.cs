using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The JSON page query of GET /findings, in plain SQL on a <see cref="ReadConnections"/> statement (see
/// <see cref="RequestOutcomesPage"/> for why). One SQL text per combination of filters, each with its own plan.
/// </summary>
public static class FindingsPage
{
    private static readonly string[] Sql = Enumerable.Range(0, 16).Select(Build).ToArray();

    /// <summary>Up to <paramref name="take"/> findings with an id above <paramref name="afterId"/>, filtered, in id order;
    /// the columns are <see cref="FindingItem"/>'s properties in order.</summary>
    public static Rows Query(ReadConnection connection, int? agency, int? year, string? severity, string? rule, long afterId, int take) =>
        connection.Query(Sql[(agency is null ? 0 : 1) | (year is null ? 0 : 2) | (severity is null ? 0 : 4) | (rule is null ? 0 : 8)],
            ("$agency", agency), ("$year", year), ("$severity", severity), ("$rule", rule), ("$afterId", afterId), ("$take", take));

    private static string Build(int filters)
    {
        var where = (filters & 1) != 0 ? "f.\"AgencyId\" = $agency AND " : "";
        if ((filters & 2) != 0) where += "f.\"Year\" = $year AND ";
        // An agency has a few reports: with agency= its (AgencyId, Year) index is always the one to read. The unary +
        // keeps SQLite (which has no statistics) from walking every warning of the corpus in the (Severity, Id) index instead.
        var other = (filters & 1) != 0 ? "+" : "";
        if ((filters & 4) != 0) where += $"{other}f.\"Severity\" = $severity AND ";
        if ((filters & 8) != 0) where += $"{other}f.\"RuleId\" = $rule AND ";
        return $"""
            SELECT f."Id", f."ReportId", f."AgencyId", a."Name", f."Year", f."RuleId", f."Severity", f."MessageZh",
                f."MessageEn", f."Section", f."RowCode", f."ColumnCode", f."Line", f."Expected", f."Actual", f."Evidence",
                v."Status", v."Note", v."Reviewer", v."ReviewedAt"
            FROM {Tables.Findings} AS f JOIN {Tables.Agencies} AS a ON a."Id" = f."AgencyId"
            LEFT JOIN {Tables.Reports} AS r ON r."Id" = f."ReportId"
            LEFT JOIN {Tables.FindingReviews} AS v ON v."ReportSha256" = r."Sha256" AND v."RuleId" = f."RuleId"
                AND v."LocationKey" = {FindingReviewRow.KeySql("f")}
            WHERE {where}f."Id" > $afterId
            ORDER BY f."Id"
            LIMIT $take
            """;
    }
}
