using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>What the pass needs of a report an import stored: its file hash (to find it) and its narrative's 同比 claims.</summary>
internal sealed record TouchedReport(string Sha256, IReadOnlyList<YoyClaim> Claims);

/// <summary>
/// Runs after each import (once the batches are committed and the indexes rebuilt): stores the new reports' 同比 claims, then for every stored report of the batch and
/// the same agency's report of the following year recomputes the crossyear.* findings (from the stored tables, so a
/// year loaded later still checks against one loaded earlier), the report's finding counts and its compliance score.
/// One transaction per batch.
/// </summary>
public static class CrossYearPass
{
    /// <summary>The reports of a batch the pass will look at (those parsed; unchanged files were not).</summary>
    internal static IEnumerable<TouchedReport> Touched(IEnumerable<PreparedReport> batch) =>
        batch.Where(p => p.Checked is not null)
            .Select(p => new TouchedReport(p.Sha256, YearTables.From(p.Checked!.Report)?.YoyClaims ?? []));

    /// <summary>Runs the pass for the reports an import stored; returns how many reports were recomputed.</summary>
    internal static int Run(SqliteConnection connection, IEnumerable<TouchedReport> touched)
    {
        var store = new StoredYearTables(connection);
        using var transaction = connection.BeginTransaction();
        store.Transaction = transaction;

        var affected = new Dictionary<int, StoredReport>();
        foreach (var report in touched)
        {
            if (store.FindBySha256(report.Sha256) is not { } stored) continue; // not stored (failed, or replaced later in the load)
            SaveClaims(store, stored, report.Claims);
            affected[stored.ReportId] = stored;
            if (store.Find(stored.AgencyId, stored.Year + 1) is { } next) affected[next.ReportId] = next;
        }

        foreach (var report in affected.Values) Recompute(store, report);
        transaction.Commit();
        return affected.Count;
    }

    private static void SaveClaims(StoredYearTables store, StoredReport stored, IReadOnlyList<YoyClaim> claims)
    {
        Execute(store, $"DELETE FROM {Tables.YoyClaims} WHERE \"ReportId\" = $r", ("$r", stored.ReportId));
        for (var i = 0; i < claims.Count; i++)
            Execute(store,
                $"INSERT INTO {Tables.YoyClaims} (\"ReportId\", \"Ordinal\", \"Increase\", \"Percent\", \"Sentence\", \"Section\") VALUES ($r, $o, $i, $p, $s, $n)",
                ("$r", stored.ReportId), ("$o", i), ("$i", claims[i].Increase),
                ("$p", claims[i].Percent.Value.ToString(CultureInfo.InvariantCulture)), ("$s", claims[i].Sentence), ("$n", claims[i].Section));
    }

    private static void Recompute(StoredYearTables store, StoredReport report)
    {
        Execute(store, $"DELETE FROM {Tables.Findings} WHERE \"ReportId\" = $r AND \"RuleId\" LIKE 'crossyear.%'", ("$r", report.ReportId));
        var previous = store.Find(report.AgencyId, report.Year - 1) is { } p ? store.Load(p) : null;
        foreach (var f in CrossYearChecks.Check(previous, store.Load(report)))
            Execute(store,
                $"INSERT INTO {Tables.Findings} (\"ReportId\", \"AgencyId\", \"Year\", \"RuleId\", \"Severity\", \"MessageZh\", \"MessageEn\", " +
                "\"Section\", \"RowCode\", \"ColumnCode\", \"Line\", \"Expected\", \"Actual\", \"Evidence\") " +
                "VALUES ($r, $a, $y, $id, $sev, $zh, $en, $sec, $row, $col, $line, $exp, $act, $ev)",
                ("$r", report.ReportId), ("$a", report.AgencyId), ("$y", report.Year), ("$id", f.RuleId), ("$sev", f.Severity.Code()),
                ("$zh", f.MessageZh), ("$en", f.MessageEn), ("$sec", f.Location.Section), ("$row", f.Location.Row),
                ("$col", f.Location.Column), ("$line", f.Location.Line), ("$exp", f.Expected), ("$act", f.Actual), ("$ev", f.Evidence));

        Execute(store,
            $"UPDATE {Tables.Reports} SET " +
            $"\"ErrorCount\" = (SELECT COUNT(*) FROM {Tables.Findings} WHERE \"ReportId\" = $r AND \"Severity\" = 'error'), " +
            $"\"WarningCount\" = (SELECT COUNT(*) FROM {Tables.Findings} WHERE \"ReportId\" = $r AND \"Severity\" = 'warning'), " +
            $"\"InfoCount\" = (SELECT COUNT(*) FROM {Tables.Findings} WHERE \"ReportId\" = $r AND \"Severity\" = 'info') " +
            "WHERE \"Id\" = $r", ("$r", report.ReportId));

        SaveScore(store, report, ComplianceScorer.Score(StoredFindings.Read(store, report.ReportId)));
    }

    private static void SaveScore(StoredYearTables store, StoredReport report, ComplianceScore score)
    {
        int? Earned(ComplianceComponent c) => score.Components.Single(x => x.Weight.Component == c).Earned is { } e ? (int)e : null;
        Execute(store,
            $"INSERT OR REPLACE INTO {Tables.Compliance} (\"ReportId\", \"AgencyId\", \"Year\", \"Score\", \"ScoreKey\", \"AssessedWeight\", " +
            "\"Timeliness\", \"Completeness\", \"Consistency\", \"Continuity\", \"Narrative\") VALUES ($r, $a, $y, $s, $k, $w, $t, $c1, $c2, $c3, $n)",
            ("$r", report.ReportId), ("$a", report.AgencyId), ("$y", report.Year),
            ("$s", score.Total is { } t ? (double)t : null), ("$k", score.Total is { } k ? (int)(k * 10) : -1), ("$w", score.AssessedWeight),
            ("$t", Earned(ComplianceComponent.Timeliness)), ("$c1", Earned(ComplianceComponent.Completeness)),
            ("$c2", Earned(ComplianceComponent.Consistency)), ("$c3", Earned(ComplianceComponent.Continuity)),
            ("$n", Earned(ComplianceComponent.Narrative)));
    }

    private static void Execute(StoredYearTables store, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = store.Command(sql);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }
}
