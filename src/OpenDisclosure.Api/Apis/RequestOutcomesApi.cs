using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 三 (收到和处理政府信息公开申请情况) across reports, wide or long (tidy).</summary>
public static class RequestOutcomesApi
{
    public static RouteGroupBuilder MapRequestOutcomesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/request-outcomes", List).WithTags("Request outcomes").ProducesList(RequestOutcomesCsv.WideHeaders)
            .WithMetadata(new AlternativeResponsesMetadata(typeof(Page<RequestOutcomeItem>), typeof(Page<RequestOutcomeValue>)))
            .WithSummary("Table 三: requests received and how they were handled, per report and row")
            .WithDescription("`shape=wide` (default): one item per report × row with the seven applicant columns "
                + "(naturalPerson … total). `shape=long`: one item per report × row × column with `value` "
                + "(same page envelope). Missing cells are null "
                + "(empty in CSV), never 0. Row and column codes: GET /api/v1/codelists.");
        return api;
    }

    public static Results<Ok<Page<RequestOutcomeItem>>, Ok<Page<RequestOutcomeValue>>,
        SqlCsvResult, CsvResult<RequestOutcomeValue>, ProblemHttpResult> List(
        [AsParameters] RequestOutcomeFilter filter, [AsParameters] ListOptions list, DisclosureDb db, ReadConnections reads,
        HttpContext http)
    {
        if ((list.Check() ?? filter.Check()) is { } problem) return problem;
        var (agency, year, row) = (filter.Agency, filter.Year, filter.RowCode);
        if (list.WantsCsv(http.Request))
        {
            if (!filter.IsLong) return new SqlCsvResult(RequestOutcomesCsv.Wide(agency, year, row), list.Bom == true, "request-outcomes");
            var all = Query(db, agency, year, row, -1, 0, int.MaxValue);
            return new CsvResult<RequestOutcomeValue>(Expand(all), LongCsv, list.Bom == true, "request-outcomes-long");
        }

        if (!Cursor.TryParse(list.After, filter.IsLong ? 3 : 2, out var key)) return Cursor.Invalid(list.After);
        int afterReport = key is null ? -1 : (int)key[0], afterOrder = key is null ? 0 : (int)key[1];
        if (!filter.IsLong)
        {
            var page = RequestOutcomesPage.Read(reads, agency, year, row, afterReport, afterOrder, list.PageSize + 1);
            return Pages.Of(http, page, list.PageSize, i => Cursor.Format(i.ReportId, i.RowOrder));
        }

        // Each wide row yields seven long items: fetch just enough rows, starting again at the cursor's own row.
        var wide = RequestOutcomesPage.Read(reads, agency, year, row, afterReport, afterOrder - 1,
            (list.PageSize + 1) / ApplicantColumns.Count + 2);
        var items = wide.SelectMany(Long)
            .Where(v => key is null || (v.ReportId, v.RowOrder, v.ColumnIndex).CompareTo(((int)key[0], (int)key[1], (int)key[2])) > 0)
            .Take(list.PageSize + 1).ToList();
        return Pages.Of(http, items, list.PageSize, v => Cursor.Format(v.ReportId, v.RowOrder, v.ColumnIndex));
    }

    /// <summary>
    /// The wide rows after the keyset position (report, row order), filtered, for the CSV export (JSON pages use
    /// <see cref="RequestOutcomesPage"/>). EF drops the conditions of null filters from the SQL, so each filter
    /// combination gets its own indexed plan.
    /// </summary>
    private static readonly Func<DisclosureDb, int?, int?, string?, int, int, int, IAsyncEnumerable<RequestOutcomeItem>> Query =
        EF.CompileAsyncQuery((DisclosureDb db, int? agency, int? year, string? row, int afterReport, int afterOrder, int take) =>
            (from o in db.RequestOutcomes
             where (agency == null || o.AgencyId == agency) && (year == null || o.Year == year) && (row == null || o.RowCode == row)
                && (o.ReportId > afterReport || (o.ReportId == afterReport && o.RowOrder > afterOrder))
             join a in db.Agencies on o.AgencyId equals a.Id
             orderby o.ReportId, o.RowOrder
             select new RequestOutcomeItem(o.ReportId, o.AgencyId, a.Name, o.Year, o.RowCode,
                 o.NaturalPerson, o.CommercialEnterprise, o.ResearchInstitution, o.SocialWelfareOrganization,
                 o.LegalServiceAgency, o.OtherOrganization, o.Total) { RowOrder = o.RowOrder })
            .Take(take));

    private static IEnumerable<RequestOutcomeValue> Long(RequestOutcomeItem i) =>
        ApplicantColumns.All.Select((c, n) =>
            new RequestOutcomeValue(i.ReportId, i.AgencyId, i.AgencyName, i.Year, i.Row, c.Code, i.Cell(n)) { RowOrder = i.RowOrder, ColumnIndex = n });

    private static async IAsyncEnumerable<RequestOutcomeValue> Expand(IAsyncEnumerable<RequestOutcomeItem> wide)
    {
        await foreach (var item in wide)
            foreach (var value in Long(item))
                yield return value;
    }

    private static readonly CsvColumns<RequestOutcomeValue> LongCsv = new CsvColumns<RequestOutcomeValue>()
        .Add("reportId", (w, i) => w.Field(i.ReportId)).Add("agencyId", (w, i) => w.Field(i.AgencyId))
        .Add("agencyName", (w, i) => w.Field(i.AgencyName)).Add("year", (w, i) => w.Field(i.Year))
        .Add("row", (w, i) => w.Field(i.Row)).Add("column", (w, i) => w.Field(i.Column)).Add("value", (w, i) => w.Field(i.Value));
}

/// <summary>Filters of GET /request-outcomes.</summary>
public sealed class RequestOutcomeFilter
{
    /// <summary>Agency id (see GET /agencies).</summary>
    [FromQuery(Name = "agency")] public int? Agency { get; init; }

    /// <summary>Report year, e.g. 2024.</summary>
    [FromQuery(Name = "year")] public int? Year { get; init; }

    /// <summary>Request row code, e.g. <c>total_processed</c> (see GET /codelists).</summary>
    [FromQuery(Name = "row")] public string? Row { get; init; }

    /// <summary><c>wide</c> (default): seven applicant columns per item; <c>long</c>: one item per column with <c>value</c>.</summary>
    [FromQuery(Name = "shape")] public string? Shape { get; init; }

    public bool IsLong => string.Equals(Shape, "long", StringComparison.OrdinalIgnoreCase);

    public ProblemHttpResult? Check()
    {
        if (Row is not null && RequestRows.Find(Row) is null)
            return Problems.BadParameter("row", $"row '{Row}' is not a request row code; see /api/v1/codelists.");
        if (Shape is not null && !IsLong && !string.Equals(Shape, "wide", StringComparison.OrdinalIgnoreCase))
            return Problems.BadParameter("shape", $"shape '{Shape}' must be 'wide' or 'long'.");
        return null;
    }

    /// <summary>The row code as the catalogue spells it (the filter is case-insensitive).</summary>
    public string? RowCode => Row is null ? null : RequestRows.Find(Row)?.Code;
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
