using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Stats;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// The data an import derives once its reports are stored: cross-year findings, finding counts, compliance scores
/// (<see cref="CrossYearPass"/>), the agencies' report counts (<see cref="AgencySummaries"/>) and the
/// table 三 measures behind /stats (<see cref="OutcomeMeasureRefresh"/>) and the copied-text matches (<see cref="SimilarityPass"/>). Each stored report
/// is listed in <see cref="Table"/> in the same transaction as its rows, and leaves it in the one transaction that
/// writes all of its derived data. So whatever kills an import (after any batch, or during this pass), the next
/// import, or the API's start-up, finds exactly the reports whose derived data is missing and recomputes them.
/// </summary>
internal static class DerivedWork
{
    public const string Table = "derived_pending";

    public const string Schema = $"CREATE TABLE {Table} (\"ReportId\" INTEGER PRIMARY KEY);";

    /// <summary>Recomputes the derived data of every pending report (those of <paramref name="stored"/> from memory, the
    /// others read back), their copied-text matches (<see cref="SimilarityPass"/>) and ends <paramref name="finished"/>,
    /// in one transaction. Returns the reports recomputed and the time the similarity pass took.</summary>
    public static DerivedCounts Finish(SqliteConnection connection, IReadOnlyDictionary<(int AgencyId, int Year), TouchedReport> stored,
        Func<int, int, int?> reportIdOf, IncompleteImport? finished, Action? beforeCommit = null)
    {
        using var transaction = connection.BeginTransaction();
        var store = new StoredYearTables(connection) { Transaction = transaction };

        var inMemory = stored.Values.Select(t => t.At.ReportId).ToHashSet();
        var pending = new Dictionary<(int AgencyId, int Year), TouchedReport>();
        var resumed = new HashSet<int>();
        // Left by an interrupted import: in report order, which is the order a run without the interruption used.
        foreach (var id in PendingIds(store).Where(id => !inMemory.Contains(id)))
        {
            if (store.FindById(id) is not { } report) continue;
            var own = StoredFindings.Read(store, id).Where(f => !f.RuleId.StartsWith("crossyear.", StringComparison.Ordinal)).ToList();
            pending[(report.AgencyId, report.Year)] = new TouchedReport(new StoredAt(id, report.AgencyId, report.Year), store.Load(report), own);
            resumed.Add(id);
        }
        foreach (var (key, report) in stored) pending[key] = report;

        var count = CrossYearPass.Run(connection, store, pending, resumed, reportIdOf);
        // In the same transaction and over the same reports: an import stopped before the commit is matched again in full.
        var similarity = Stopwatch.StartNew();
        SimilarityPass.Run(connection, store, pending, reportIdOf);
        similarity.Stop();
        AgencySummaries.Refresh(connection, transaction, pending.Keys.Select(k => k.AgencyId));
        OutcomeMeasureRefresh.Run(connection, transaction);
        using (var clear = store.Command($"DELETE FROM {Table}")) clear.ExecuteNonQuery();
        if (finished is not null) IncompleteImport.End(connection, transaction, finished);
        beforeCommit?.Invoke();
        transaction.Commit();
        return new DerivedCounts(count, similarity.Elapsed);
    }

    private static List<int> PendingIds(StoredYearTables store)
    {
        var ids = new List<int>();
        using var read = store.Command($"SELECT \"ReportId\" FROM {Table} ORDER BY \"ReportId\"");
        using var reader = read.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids;
    }
}

/// <summary>What <see cref="DerivedWork.Finish"/> did: reports recomputed, and the part of its time the similarity pass took.</summary>
internal readonly record struct DerivedCounts(int Reports, TimeSpan SimilarityTime);
