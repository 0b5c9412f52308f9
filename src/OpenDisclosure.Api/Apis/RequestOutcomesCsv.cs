using OpenDisclosure.Api.Lists;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// The request-outcomes CSV (wide and long) as one SQL statement streamed by <see cref="SqlCsvResult"/>: the same
/// rows, order and columns as the JSON list's query, for whole-corpus exports (millions of rows).
/// </summary>
public static class RequestOutcomesCsv
{
    private static readonly (string Header, string Column)[] WideColumns =
    [
        ("reportId", "o.ReportId"), ("agencyId", "o.AgencyId"), ("agencyName", "a.Name"), ("year", "o.Year"), ("row", "o.RowCode"),
        .. ApplicantColumns.All.Select(c => (c.Code, $"o.{c.Column}")),
    ];

    public static readonly IReadOnlyList<string> WideHeaders = WideColumns.Select(c => c.Header).ToArray();

    private static readonly IReadOnlyList<string> LongHeaders = [.. WideHeaders.Take(5), "column", "value"];

    private static readonly IReadOnlyList<string> ColumnCodes = ApplicantColumns.All.Select(c => c.Code).ToArray();

    public static SqlCsvQuery Wide(int? agency, int? year, string? rowCode)
    {
        var (sql, parameters) = Select(agency, year, rowCode);
        return new SqlCsvQuery(WideHeaders, sql, parameters);
    }

    /// <summary>The same statement, each row unpivoted into one CSV row per applicant column, in column order.</summary>
    public static SqlCsvQuery Long(int? agency, int? year, string? rowCode)
    {
        var (sql, parameters) = Select(agency, year, rowCode);
        return new SqlCsvQuery(LongHeaders, sql, parameters, ColumnCodes);
    }

    /// <summary>Only the given filters become conditions, so SQLite picks the index that fits them (as EF does).</summary>
    private static (string Sql, List<object> Parameters) Select(int? agency, int? year, string? rowCode)
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        void Add(string column, object? value)
        {
            if (value is null) return;
            parameters.Add(value);
            conditions.Add($"{column} = ?{parameters.Count}");
        }
        Add("o.AgencyId", agency);
        Add("o.Year", year);
        Add("o.RowCode", rowCode);
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        return ($"SELECT {string.Join(", ", WideColumns.Select(c => c.Column))} FROM request_outcomes o "
            + $"JOIN agencies a ON a.Id = o.AgencyId{where} ORDER BY o.ReportId, o.RowOrder", parameters);
    }
}
