using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// What the pass knows of a report waiting for its derived data: where it went, its <see cref="YearTables"/> (with the
/// stored report's reference) and its own findings. For a report this import stored it comes straight from the parse
/// (so the pass reads nothing back); for one an interrupted import left pending it is read from the tables.
/// </summary>
internal sealed record TouchedReport(StoredAt At, YearTables Tables, IReadOnlyList<Finding> Findings);

/// <summary>
/// Part of <see cref="DerivedWork"/>: for every pending report, and for the same agency's report of the following
/// year, recomputes the crossyear.* findings, the report's finding counts and its compliance score. A year loaded
/// later still checks against one loaded earlier: neighbours outside the set are read from the stored tables
/// (<see cref="StoredYearTables"/>); those inside it come from memory.
/// </summary>
public static class CrossYearPass
{
    /// <summary>Runs the pass in the caller's transaction; <paramref name="reportIdOf"/> finds any stored report by
    /// agency and year; <paramref name="resumed"/> are reports an interrupted import left (they may hold cross-year
    /// findings of an earlier pass). Returns how many reports were recomputed.</summary>
    internal static int Run(SqliteConnection connection, StoredYearTables store, IReadOnlyDictionary<(int AgencyId, int Year), TouchedReport> pending,
        IReadOnlySet<int> resumed, Func<int, int, int?> reportIdOf)
    {
        using var commands = new CrossYearCommands(connection) { Transaction = store.Transaction };

        YearTables? Previous(int agencyId, int year) =>
            pending.TryGetValue((agencyId, year - 1), out var inSet) ? inSet.Tables
            : reportIdOf(agencyId, year - 1) is { } id && store.FindById(id) is { } stored ? store.Load(stored) : null;

        foreach (var report in pending.Values)
        {
            // Reports stored by this import are new rows: no cross-year findings to delete.
            if (resumed.Contains(report.At.ReportId)) commands.DeleteCrossYearFindings(report.At.ReportId);
            var crossYear = CrossYearChecks.Check(Previous(report.At.AgencyId, report.At.Year), report.Tables);
            commands.InsertFindings(report.At, crossYear);
            commands.SaveCountsAndScore(report.At, [.. report.Findings, .. crossYear]);
        }

        // A stored next year not in the set: its previous year just changed.
        var laterYears = pending.Keys
            .Where(k => !pending.ContainsKey((k.AgencyId, k.Year + 1)))
            .Select(k => reportIdOf(k.AgencyId, k.Year + 1))
            .OfType<int>()
            .ToList();
        foreach (var id in laterYears)
        {
            var stored = store.FindById(id)!;
            var at = new StoredAt(stored.ReportId, stored.AgencyId, stored.Year);
            commands.DeleteCrossYearFindings(id);
            commands.InsertFindings(at, CrossYearChecks.Check(Previous(at.AgencyId, at.Year), store.Load(stored)));
            commands.SaveCountsAndScore(at, StoredFindings.Read(store, id));
        }
        return pending.Count + laterYears.Count;
    }
}
