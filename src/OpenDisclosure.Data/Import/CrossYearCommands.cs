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

    public CrossYearCommands(SqliteConnection connection)
    {
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

        var score = ComplianceScorer.Score(all);
        int? Earned(ComplianceComponent c) => score.Components.Single(x => x.Weight.Component == c).Earned is { } e ? (int)e : null;
        _score.Run(at.ReportId, at.AgencyId, at.Year,
            score.Total is { } t ? (double)t : null, score.Total is { } k ? (int)(k * 10) : -1, score.AssessedWeight,
            Earned(ComplianceComponent.Timeliness), Earned(ComplianceComponent.Completeness),
            Earned(ComplianceComponent.Consistency), Earned(ComplianceComponent.Continuity),
            Earned(ComplianceComponent.Narrative));
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _finding, _deleteCrossYear, _counts, _score }) statement.Dispose();
    }
}
