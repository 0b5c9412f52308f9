using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Data.Tests;

/// <summary>The per-agency figures the importer keeps (report count, first and last year) and the name index.</summary>
public sealed class AgencySummariesTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private Task SeedAsync() => DatabaseBootstrap.EnsureReadyAsync(_store.DatabasePath, _store.ReportsFolder);

    private void Import(params string[] paths) => new ReportImporter(_store.DatabasePath).ImportFiles(paths);

    private async Task<(int Count, int? First, int? Last)> Linzi()
    {
        await using var db = _store.Open();
        return await db.Agencies.Where(a => a.Name.Contains("临淄区人民政府办公室"))
            .Select(a => ValueTuple.Create(a.ReportCount, a.FirstYear, a.LastYear)).SingleAsync();
    }

    /// <summary>Agencies whose stored figures differ from counting their reports now.</summary>
    private object? Stale() => _store.Scalar("""
        SELECT COUNT(*) FROM agencies AS a
        WHERE a.ReportCount <> (SELECT COUNT(*) FROM reports AS r WHERE r.AgencyId = a.Id)
           OR a.FirstYear IS NOT (SELECT MIN(r.Year) FROM reports AS r WHERE r.AgencyId = a.Id)
           OR a.LastYear IS NOT (SELECT MAX(r.Year) FROM reports AS r WHERE r.AgencyId = a.Id)
        """);

    [Fact]
    public async Task Seeding_stores_each_agency_s_report_count_and_years()
    {
        await SeedAsync();

        Assert.Equal((1, 2024, 2024), await Linzi());
        Assert.Equal(5L, _store.Scalar("SELECT SUM(ReportCount) FROM agencies"));
        Assert.Equal(0L, Stale());
    }

    [Fact]
    public async Task A_second_year_and_then_a_replaced_report_keep_the_figures_right()
    {
        await SeedAsync();

        Import(ReportVariants.Write(_store.Folder, "linzi-2023.txt", ReportVariants.Linzi2023()));
        Assert.Equal((2, 2023, 2024), await Linzi());
        Assert.Equal(0L, Stale());

        // The same agency and year again with another number: replaced, still two reports.
        Import(ReportVariants.Write(_store.Folder, "linzi-2023-corrected.txt", ReportVariants.Linzi2023(newRequests: 28)));
        Assert.Equal((2, 2023, 2024), await Linzi());
        Assert.Equal(6L, _store.Scalar("SELECT SUM(ReportCount) FROM agencies"));
        Assert.Equal(0L, Stale());
    }

    [Fact]
    public async Task The_name_index_finds_new_agencies_by_any_part_of_three_characters()
    {
        await SeedAsync();
        var linzi = _store.Scalar("SELECT Id FROM agencies WHERE instr(Name, '临淄区') > 0");

        Assert.Equal(linzi, _store.Scalar($"SELECT rowid FROM {AgencyNameSearch.Table} WHERE {AgencyNameSearch.Table} MATCH '{AgencyNameSearch.Phrase("淄区人")}'"));
        // 台儿庄区…办公室, 临淄区…办公室 and 永安镇人民政府, as a scan finds them.
        Assert.Equal(3L, _store.Scalar("SELECT COUNT(*) FROM agencies WHERE instr(Name, '人民政府') > 0"));
        Assert.Equal(3L, _store.Scalar($"SELECT COUNT(*) FROM {AgencyNameSearch.Table} WHERE {AgencyNameSearch.Table} MATCH '{AgencyNameSearch.Phrase("人民政府")}'"));
    }
}
