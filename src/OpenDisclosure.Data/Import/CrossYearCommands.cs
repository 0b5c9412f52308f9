using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>The writes of the cross-year pass, prepared once per pass (a statement prepared per report cost more than the checks).</summary>
internal sealed class CrossYearCommands : IDisposable
{
    private readonly NativeStatement _finding;
    private readonly NativeStatement _deleteCrossYear;
    private readonly NativeStatement _counts;
    private readonly NativeStatement _score;

    private readonly SqliteConnection _connection;

    /// <summary>Whether any review dismissed a finding (asked once, in the pass's transaction): without one (the usual bulk
    /// load) no report needs its reviews read.</summary>
    private bool? _anyDismissed;

    public CrossYearCommands(SqliteConnection connection)
    {
        _connection = connection;
        _finding = StoreCommands.FindingInsert(connection);
        _deleteCrossYear = new NativeStatement(connection,
            $"DELETE FROM {Tables.Findings} WHERE \"ReportId\" = ?1 AND \"RuleId\" LIKE 'crossyear.%'", 1);
        _counts = new NativeStatement(connection,
            $"UPDATE {Tables.Reports} SET \"ErrorCount\" = ?2, \"WarningCount\" = ?3, \"InfoCount\" = ?4 WHERE \"Id\" = ?1", 4);
        _score = NativeStatement.Insert(connection, Tables.Compliance,
        [
            nameof(ComplianceRow.ReportId), nameof(ComplianceRow.AgencyId), nameof(ComplianceRow.Year),
            nameof(ComplianceRow.Score), nameof(ComplianceRow.ScoreKey), nameof(ComplianceRow.AssessedWeight),
            nameof(ComplianceRow.Timeliness), nameof(ComplianceRow.Completeness), nameof(ComplianceRow.Consistency),
            nameof(ComplianceRow.Continuity), nameof(ComplianceRow.Narrative),
        ], orReplace: true);
    }

    public void DeleteCrossYearFindings(int reportId) => _deleteCrossYear.Run(reportId);

    public void InsertFindings(StoredAt at, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings) _finding.InsertFinding(at.ReportId, at.AgencyId, at.Year, finding);
    }

    /// <summary>The report's finding counts and compliance score, from all its findings (its own and the cross-year ones).</summary>
    public void SaveCountsAndScore(StoredAt at, IReadOnlyList<Finding> all)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in all)
            switch (finding.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        _counts.Run(at.ReportId, errors, warnings, infos);

        _anyDismissed ??= AnyDismissed();
        var dismissed = _anyDismissed == true ? DismissedOf(at.ReportId) : null;
        var row = new ComplianceRow();
        ComplianceRows.Fill(row, ComplianceScorer.Score(all, dismissed is null ? null : f => dismissed.Contains((f.RuleId, FindingReviewRow.KeyOf(f.Location)))));
        _score.Run(at.ReportId, at.AgencyId, at.Year, row.Score, row.ScoreKey, row.AssessedWeight,
            row.Timeliness, row.Completeness, row.Consistency, row.Continuity, row.Narrative);
    }

    private bool AnyDismissed()
    {
        using var any = _connection.CreateCommand();
        any.Transaction = Transaction;
        any.CommandText = $"SELECT EXISTS (SELECT 1 FROM {Tables.FindingReviews} WHERE \"Status\" = '{FindingReviewRow.Dismissed}')";
        return Convert.ToInt64(any.ExecuteScalar()) != 0;
    }

    /// <summary>Findings of the report a reviewer dismissed (rule, location key): reviews outlive re-created finding rows.</summary>
    private HashSet<(string, string)> DismissedOf(int reportId)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = Transaction;
        cmd.CommandText = $"SELECT v.\"RuleId\", v.\"LocationKey\" FROM {Tables.FindingReviews} v JOIN {Tables.Reports} r ON r.\"Sha256\" = v.\"ReportSha256\" " +
            $"WHERE r.\"Id\" = $r AND v.\"Status\" = '{FindingReviewRow.Dismissed}'";
        cmd.Parameters.AddWithValue("$r", reportId);
        using var reader = cmd.ExecuteReader();
        var keys = new HashSet<(string, string)>();
        while (reader.Read()) keys.Add((reader.GetString(0), reader.GetString(1)));
        return keys;
    }

    /// <summary>The pass's open transaction: ADO.NET commands must name it.</summary>
    public SqliteTransaction? Transaction { get; set; }

    public void Dispose()
    {
        foreach (var statement in new[] { _finding, _deleteCrossYear, _counts, _score }) statement.Dispose();
    }
}
