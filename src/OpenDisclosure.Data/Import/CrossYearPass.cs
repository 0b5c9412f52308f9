using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// What the pass knows of a report this import stored, straight from its parse (so the pass reads nothing back):
/// where it went, its <see cref="YearTables"/> (with the stored report's reference) and its own findings.
/// </summary>
internal sealed record TouchedReport(StoredAt At, YearTables Tables, IReadOnlyList<Finding> Findings);

/// <summary>
/// Runs after each import (once the batches are committed and the indexes rebuilt): stores the new reports' 同比
/// claims, then for every report the import stored, and for the same agency's report of the following year,
/// recomputes the crossyear.* findings, the report's finding counts and its compliance score, in one transaction.
/// A year loaded later still checks against one loaded earlier: neighbours outside the import are read from the
/// stored tables (<see cref="StoredYearTables"/>); those inside it come from memory.
/// </summary>
public static class CrossYearPass
{
    /// <summary>Runs the pass; <paramref name="reportIdOf"/> finds any stored report by agency and year. Returns how many reports were recomputed.</summary>
    internal static int Run(SqliteConnection connection, IReadOnlyDictionary<(int AgencyId, int Year), TouchedReport> touched,
        Func<int, int, int?> reportIdOf)
    {
        var store = new StoredYearTables(connection);
        using var commands = new CrossYearCommands(connection);
        using var transaction = connection.BeginTransaction();
        store.Transaction = transaction;
        commands.Transaction = transaction;

        YearTables? Previous(int agencyId, int year) =>
            touched.TryGetValue((agencyId, year - 1), out var inImport) ? inImport.Tables
            : reportIdOf(agencyId, year - 1) is { } id && store.FindById(id) is { } stored ? store.Load(stored) : null;

        // New and replaced reports have new rows: no earlier claims or cross-year findings to delete.
        foreach (var report in touched.Values)
        {
            commands.SaveClaims(report.At.ReportId, report.Tables.YoyClaims);
            var crossYear = CrossYearChecks.Check(Previous(report.At.AgencyId, report.At.Year), report.Tables);
            commands.InsertFindings(report.At, crossYear);
            commands.SaveCountsAndScore(report.At, [.. report.Findings, .. crossYear]);
        }

        // A stored next year not in this import: its previous year just changed.
        var laterYears = touched.Keys
            .Where(k => !touched.ContainsKey((k.AgencyId, k.Year + 1)))
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

        transaction.Commit();
        return touched.Count + laterYears.Count;
    }
}
