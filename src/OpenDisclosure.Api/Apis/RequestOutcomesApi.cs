using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 三 (收到和处理政府信息公开申请情况) across reports, wide or long (tidy).</summary>
public static class RequestOutcomesApi
{
    public static RouteGroupBuilder MapRequestOutcomesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/request-outcomes", List).WithName("listRequestOutcomes").WithTags("Request outcomes").ProducesList(RequestOutcomesCsv.WideHeaders)
            .WithMetadata(new AlternativeResponsesMetadata(typeof(Page<RequestOutcomeItem>), typeof(Page<RequestOutcomeValue>)))
            .WithSummary("Table 三: requests received and how they were handled, per report and row")
            .WithDescription("`shape=wide` (default): one item per report × row with the seven applicant columns "
                + "(naturalPerson … total). `shape=long`: one item per report × row × column with `value` "
                + "(same page envelope). Missing cells are null "
                + "(empty in CSV), never 0. Row and column codes: GET /api/v1/codelists.");
        return api;
    }

    public static Results<JsonPage<RequestOutcomeItem>, Ok<Page<RequestOutcomeValue>>,
        SqlCsvResult, ProblemHttpResult> List(
        [AsParameters] RequestOutcomeFilter filter, [AsParameters] ListOptions list, ReadConnections reads,
        HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var (agency, year, row) = (filter.Agency, filter.Year, filter.RowCode);
        if (list.WantsCsv(http.Request))
        {
            return filter.IsLong
                ? new SqlCsvResult(RequestOutcomesCsv.Long(agency, year, row), list.Bom == true, "request-outcomes-long")
                : new SqlCsvResult(RequestOutcomesCsv.Wide(agency, year, row), list.Bom == true, "request-outcomes");
        }

        if (!Cursor.TryParse(list.After, filter.IsLong ? 3 : 2, out var key)) return Cursor.Invalid(list.After);
        int afterReport = key is null ? -1 : (int)key[0], afterOrder = key is null ? 0 : (int)key[1];
        if (!filter.IsLong)
        {
            using var connection = reads.Rent();
            using var rows = RequestOutcomesPage.Query(connection, agency, year, row, afterReport, afterOrder, list.PageSize + 1);
            return JsonPage<RequestOutcomeItem>.Write(http, rows, [0, RequestOutcomesPage.RowOrderColumn], list.PageSize);
        }

        // Each wide row yields seven long items: fetch just enough rows, starting again at the cursor's own row.
        var wide = RequestOutcomesPage.Read(reads, agency, year, row, afterReport, afterOrder - 1,
            (list.PageSize + 1) / ApplicantColumns.Count + 2);
        var items = wide.SelectMany(Long)
            .Where(v => key is null || (v.ReportId, v.RowOrder, v.ColumnIndex).CompareTo(((int)key[0], (int)key[1], (int)key[2])) > 0)
            .Take(list.PageSize + 1).ToList();
        return Pages.Of(http, items, list.PageSize, v => Cursor.Format(v.ReportId, v.RowOrder, v.ColumnIndex));
    }

    private static IEnumerable<RequestOutcomeValue> Long(RequestOutcomeItem i) =>
        ApplicantColumns.All.Select((c, n) =>
            new RequestOutcomeValue(i.ReportId, i.AgencyId, i.AgencyName, i.Year, i.Row, c.Code, i.Cell(n)) { RowOrder = i.RowOrder, ColumnIndex = n });
}

/// <summary>Filters of GET /request-outcomes.</summary>
public sealed class RequestOutcomeFilter
{
    /// <summary>Agency id (see GET /agencies).</summary>
    /// <example>4</example>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary>Report year, e.g. 2024.</summary>
    /// <example>2024</example>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary>Request row code, e.g. <c>total_processed</c> (see GET /codelists).</summary>
    /// <example>total_processed</example>
    [FromQuery(Name = "row"), RequestRowCodes] public string? Row { get; init; }

    /// <summary><c>wide</c> (default): seven applicant columns per item; <c>long</c>: one item per column with <c>value</c>.</summary>
    /// <example>long</example>
    [FromQuery(Name = "shape"), Codes("wide", "long")] public string? Shape { get; init; }

    public bool IsLong => Shape == "long";

    /// <summary>The row code (QueryCheck has already put it in the catalogue's spelling), or null when not given.</summary>
    public string? RowCode => string.IsNullOrEmpty(Row) ? null : Row;
}

/// <summary>One row of table 三 of one report with its seven applicant columns (null = missing cell).</summary>
public sealed record RequestOutcomeItem(
    int ReportId, int AgencyId, string AgencyName, int Year, string Row,
    long? NaturalPerson, long? CommercialEnterprise, long? ResearchInstitution, long? SocialWelfareOrganization,
    long? LegalServiceAgency, long? OtherOrganization, long? Total)
{
    [JsonIgnore] public int RowOrder { get; init; }

    /// <summary>The cell of the applicant column at this position of ApplicantColumns.All.</summary>
    public long? Cell(int column) => column switch
    {
        0 => NaturalPerson, 1 => CommercialEnterprise, 2 => ResearchInstitution, 3 => SocialWelfareOrganization,
        4 => LegalServiceAgency, 5 => OtherOrganization, _ => Total,
    };
}

/// <summary>One cell of table 三 (long shape): report × row × applicant column.</summary>
/// <param name="Column">Applicant column code, e.g. <c>naturalPerson</c>.</param>
/// <param name="Value">The count; null when the cell is missing in the report.</param>
public sealed record RequestOutcomeValue(int ReportId, int AgencyId, string AgencyName, int Year, string Row, string Column, long? Value)
{
    [JsonIgnore] public int RowOrder { get; init; }
    [JsonIgnore] public int ColumnIndex { get; init; }
}
