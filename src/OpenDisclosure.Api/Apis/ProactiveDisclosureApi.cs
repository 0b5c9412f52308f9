using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Api.Apis;

/// <summary>Table 二 (主动公开政府信息情况) across reports, one item per report.</summary>
public static class ProactiveDisclosureApi
{
    public static RouteGroupBuilder MapProactiveDisclosureApi(this RouteGroupBuilder api)
    {
        api.MapGet("/proactive-disclosure", List).WithName("listProactiveDisclosure").WithTags("Proactive disclosure").ProducesList(Csv)
            .WithSummary("Table 二: regulations, normative documents, licensing, penalties, coercion, fees")
            .WithDescription("`fields` maps each field code of the report's template to its value (null = missing): "
                + "2021 template `regulations.issued`, `regulations.repealed`, `regulations.inForce`, the same for "
                + "`normativeDocuments`, `licensing`, `penalties`, `coercion`, `feesTenThousandYuan` (万元); the 2019 "
                + "template has codes of its own (GET /codelists). CSV has one column per code of both templates.");
        return api;
    }

    public static async Task<Results<Ok<Page<ProactiveItem>>, CsvResult<ProactiveItem>, ProblemHttpResult>> List(
        [AsParameters] ReportFilter filter, [AsParameters] ListOptions list, DisclosureDb db, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var reports = filter.Apply(db.Reports).Where(r => r.ProactiveCells.Any());
        if (list.WantsCsv(http.Request))
            return new CsvResult<ProactiveItem>(Stream(reports, db), Csv, list.Bom == true, "proactive-disclosure");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        if (key is not null) reports = reports.Where(r => r.Id > key[0]);

        var heads = await reports.OrderBy(r => r.Id).Take(list.PageSize + 1)
            .Select(r => new Head(r.Id, r.AgencyId, r.Agency.Name, r.Year, r.Format)).ToListAsync(http.RequestAborted);
        var ids = heads.Select(h => h.ReportId).ToList();
        var cells = (await db.ProactiveCells.Where(c => ids.Contains(c.ReportId)).ToListAsync(http.RequestAborted))
            .ToLookup(c => c.ReportId);
        var page = heads.Select(h => Item(h, cells[h.ReportId])).ToList();
        return Pages.Of(http, page, list.PageSize, i => Cursor.Format(i.ReportId));
    }

    /// <summary>Reads cells in report order and emits a report's item as soon as its last cell has been read.</summary>
    private static async IAsyncEnumerable<ProactiveItem> Stream(IQueryable<ReportRow> reports, DisclosureDb db)
    {
        var cells = from c in db.ProactiveCells
                    join r in reports on c.ReportId equals r.Id
                    orderby c.ReportId
                    select new { Head = new Head(r.Id, r.AgencyId, r.Agency.Name, r.Year, r.Format), Cell = c };
        Head? current = null;
        var buffer = new List<ProactiveCellRow>();
        await foreach (var row in cells.AsAsyncEnumerable())
        {
            if (current is not null && row.Head.ReportId != current.ReportId)
            {
                yield return Item(current, buffer);
                buffer.Clear();
            }
            current = row.Head;
            buffer.Add(row.Cell);
        }
        if (current is not null) yield return Item(current, buffer);
    }

    private static ProactiveItem Item(Head head, IEnumerable<ProactiveCellRow> cells)
    {
        var values = cells.ToDictionary(c => c.Field, c => c.Value);
        var format = head.Format == ReportFormat.Format2019.Code() ? ReportFormat.Format2019 : ReportFormat.Format2021;
        var fields = ProactiveFields.For(format)
            .ToDictionary(f => f.Code, f => ReportDetailMapper.Normalize(values.GetValueOrDefault(f.Code)));
        return new ProactiveItem(head.ReportId, head.AgencyId, head.AgencyName, head.Year, head.Format, fields);
    }

    private sealed record Head(int ReportId, int AgencyId, string AgencyName, int Year, string Format);

    private static readonly CsvColumns<ProactiveItem> Csv = ProactiveFields.AllCodes.Aggregate(
        new CsvColumns<ProactiveItem>()
            .Add("reportId", (w, i) => w.Field(i.ReportId)).Add("agencyId", (w, i) => w.Field(i.AgencyId))
            .Add("agencyName", (w, i) => w.Field(i.AgencyName)).Add("year", (w, i) => w.Field(i.Year))
            .Add("template", (w, i) => w.Field(i.Template)),
        (csv, field) => csv.Add(field.Code, (w, i) => w.Field(i.Fields.GetValueOrDefault(field.Code))));
}

/// <summary>Table 二 of one report.</summary>
/// <param name="Template">"2021" or "2019": the report's template, which decides the field codes that appear.</param>
/// <param name="Fields">Value by field code (GET /codelists), in template order; null when the cell is missing.</param>
public sealed record ProactiveItem(int ReportId, int AgencyId, string AgencyName, int Year, string Template,
    IReadOnlyDictionary<string, decimal?> Fields);
