using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Explorer;

/// <summary>Home (首页): what the dataset holds, coverage per year and the agency name search.</summary>
public sealed class IndexModel(DisclosureDb db, ReadConnections reads) : PageModel
{
    /// <summary>How many agencies a search shows; the API link gives the rest.</summary>
    public const int SearchLimit = 50;

    [FromQuery(Name = "q")] public string? Q { get; set; }

    public int ReportCount { get; private set; }
    public int AgencyCount { get; private set; }
    public IReadOnlyList<YearCoverage> Years { get; private set; } = [];
    public IReadOnlyList<AgencyItem>? Matches { get; private set; }
    public bool MoreMatches { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Counts only, read from the (Year, Id) index: summing findings or counting distinct agencies here read every
        // report row (0.7 s per request at 100,000 reports). An agency has at most one report a year, so a year's
        // report count is also its agency count.
        Years = await db.Reports.GroupBy(r => r.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearCoverage(g.Key, g.Count())).ToListAsync(ct);
        ReportCount = Years.Sum(y => y.Reports);
        AgencyCount = await db.Agencies.CountAsync(ct);
        if (string.IsNullOrWhiteSpace(Q)) return;
        // The same query as GET /api/v1/agencies?q= (trigram index for three characters or more).
        var matches = new List<AgencyItem>();
        using var connection = reads.Rent();
        using var rows = AgenciesPage.Query(connection, Q.Trim(), null, 0, SearchLimit + 1);
        while (rows.Next())
            matches.Add(new AgencyItem(rows.Int32(0), rows.Text(1), rows.Int32(2), rows.Int32OrNull(3), rows.Int32OrNull(4)));
        MoreMatches = matches.Count > SearchLimit;
        Matches = matches.Take(SearchLimit).ToList();
    }
}

/// <summary>One year of the dataset: how many reports (one per agency) are loaded for it.</summary>
public sealed record YearCoverage(int Year, int Reports);
