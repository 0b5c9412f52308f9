using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Data;

/// <summary>A stored report a draft is compared with: who it is, and what the cross-year and similarity checks read of it.</summary>
/// <param name="Ref">How findings name it: agency, year, report id and file.</param>
/// <param name="Narrative">Its narrative as shingles; null when the store kept none.</param>
public sealed record StoredNeighbour(int ReportId, int AgencyId, string AgencyName, int Year, string SourceFile, string Ref,
    YearTables Tables, Shingles? Narrative);

/// <summary>
/// Finds a draft's stored previous year (POST /validate) the way the importer files reports: by the agency name
/// exactly as the title gives it, and the year before. Reads the tables back as the cross-year pass does.
/// </summary>
public static class StoredNeighbours
{
    public static StoredNeighbour? Previous(string databasePath, string agencyName, int year)
    {
        using var connection = new SqliteConnection(DisclosureDbFactory.ConnectionString(databasePath));
        connection.Open();
        var store = new StoredYearTables(connection);
        using var find = store.Command(
            $"SELECT r.\"Id\" FROM {Tables.Reports} r JOIN {Tables.Agencies} a ON a.\"Id\" = r.\"AgencyId\" WHERE a.\"Name\" = $name AND r.\"Year\" = $year",
            ("$name", agencyName), ("$year", year - 1));
        if (find.ExecuteScalar() is not long id || store.FindById((int)id) is not { } stored) return null;
        var narrative = new StoredNarratives(store).Shingles(stored.ReportId);
        return new StoredNeighbour(stored.ReportId, stored.AgencyId, stored.AgencyName, stored.Year, stored.SourceFile, stored.Ref,
            store.Load(stored), narrative);
    }
}
