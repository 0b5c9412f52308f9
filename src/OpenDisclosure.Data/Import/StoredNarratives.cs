using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Data.Import;

/// <summary>A stored report's MinHash signature, for the LSH lookup of one year.</summary>
internal readonly record struct StoredSignature(int ReportId, int AgencyId, uint[] Signature);

/// <summary>Reads the similarity pass's inputs back from the store: signatures by year, narratives by report (shingled, kept while the pass runs, up to a bound).</summary>
internal sealed class StoredNarratives(StoredYearTables store)
{
    private const int CacheLimit = 4096;
    private readonly Dictionary<int, Shingles?> _shingles = [];
    private readonly Dictionary<int, double> _sameYearShare = [];

    public List<StoredSignature> Signatures(int year)
    {
        var list = new List<StoredSignature>();
        using var cmd = store.Command($"SELECT \"ReportId\", \"AgencyId\", \"Signature\" FROM {Tables.Narratives} WHERE \"Year\" = $y ORDER BY \"ReportId\"", ("$y", year));
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) list.Add(new StoredSignature(reader.GetInt32(0), reader.GetInt32(1), MinHash.Decode(reader.GetString(2))));
        return list;
    }

    /// <summary>The stored same-year shares of a year's reports (to tell whether a new report is closer).</summary>
    public void LoadSameYearShares(int year)
    {
        using var cmd = store.Command($"SELECT \"ReportId\", \"Share\" FROM {Tables.Similarity} WHERE \"Year\" = $y AND \"Kind\" = '{MatchKinds.SameYear}'", ("$y", year));
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) _sameYearShare[reader.GetInt32(0)] = reader.GetDouble(1);
    }

    public double SameYearShare(int reportId) => _sameYearShare.GetValueOrDefault(reportId, -1);

    public void SetSameYearShare(int reportId, double share) => _sameYearShare[reportId] = share;

    /// <summary>A report's narrative as shingles; null when it has no stored narrative.</summary>
    public Shingles? Shingles(int reportId)
    {
        if (_shingles.TryGetValue(reportId, out var cached)) return cached;
        if (_shingles.Count >= CacheLimit) _shingles.Clear();
        using var cmd = store.Command($"SELECT \"Sections\" FROM {Tables.Narratives} WHERE \"ReportId\" = $r", ("$r", reportId));
        var json = cmd.ExecuteScalar() as string;
        return _shingles[reportId] = json is null ? null : NarrativePrint.Read(json);
    }
}
