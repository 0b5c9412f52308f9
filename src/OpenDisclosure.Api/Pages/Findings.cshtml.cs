using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Data;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Explorer;

/// <summary>A finding and its number in its report's findings list, so it can link to the cell on the report page.</summary>
public sealed record FindingLine(FindingItem Item, int NumberInReport);

/// <summary>Findings across reports (问题清单), filtered like GET /api/v1/findings, a page at a time, with counts per rule.</summary>
public sealed class FindingsModel(DisclosureDb db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "year")] public int? Year { get; set; }
    [FromQuery(Name = "severity")] public string? Severity { get; set; }
    [FromQuery(Name = "rule")] public string? Rule { get; set; }
    [FromQuery(Name = "after")] public long After { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<FindingLine> Findings { get; private set; } = [];
    public IReadOnlyList<(string Rule, int Count)> PerRule { get; private set; } = [];
    public long? NextAfter { get; private set; }

    /// <summary>The filters as a query string (without paging), for the API links and the next page.</summary>
    public string FilterQuery => string.Join("&", new[]
    {
        Year is { } y ? $"year={y}" : null,
        Severity is { } s ? $"severity={Uri.EscapeDataString(s)}" : null,
        Rule is { } r ? $"rule={Uri.EscapeDataString(r)}" : null,
    }.Where(p => p is not null));

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An unknown severity or an empty choice means "any", as the select box offers.
        Severity = SeverityCodes.FromCode(Severity)?.Code();
        Rule = string.IsNullOrWhiteSpace(Rule) ? null : Rule.Trim();
        Years = await db.Reports.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

        var filtered = db.Findings.AsQueryable();
        if (Year is { } year) filtered = filtered.Where(f => f.Year == year);
        if (Severity is { } severity) filtered = filtered.Where(f => f.Severity == severity);
        if (Rule is { } rule) filtered = filtered.Where(f => f.RuleId == rule);

        var page = await (from f in filtered
                          where f.Id > After
                          orderby f.Id
                          join a in db.Agencies on f.AgencyId equals a.Id
                          select new FindingLine(
                              new FindingItem(f.Id, f.ReportId, f.AgencyId, a.Name, f.Year, f.RuleId, f.Severity, f.MessageZh, f.MessageEn,
                                  f.Section, f.RowCode, f.ColumnCode, f.Line, f.Expected, f.Actual, f.Evidence, null, null, null, null),
                              db.Findings.Count(g => g.ReportId == f.ReportId && g.Id <= f.Id)))
            .Take(PageSize + 1).ToListAsync(ct);
        NextAfter = page.Count > PageSize ? page[PageSize - 1].Item.FindingId : null;
        Findings = page.Take(PageSize).ToList();

        PerRule = (await filtered.GroupBy(f => f.RuleId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key).Select(r => (r.Key, r.Count)).ToList();
    }
}
