using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Data.Import;

/// <summary>The writes of the similarity pass: a report's match of one kind (row and finding) replaced by the new one.</summary>
internal sealed class SimilarityCommands : IDisposable
{
    private readonly NativeStatement _upsert;
    private readonly NativeStatement _delete;
    private readonly NativeStatement _deleteFinding;
    private readonly NativeStatement _finding;

    public SimilarityCommands(SqliteConnection connection)
    {
        _upsert = NativeStatement.Insert(connection, Tables.Similarity,
        [
            nameof(SimilarityRow.ReportId), nameof(SimilarityRow.Kind), nameof(SimilarityRow.AgencyId), nameof(SimilarityRow.Year),
            nameof(SimilarityRow.OtherReportId), nameof(SimilarityRow.Share), nameof(SimilarityRow.Characters),
            nameof(SimilarityRow.SectionShares), nameof(SimilarityRow.Passages),
        ], orReplace: true);
        _delete = new NativeStatement(connection, $"DELETE FROM {Tables.Similarity} WHERE \"ReportId\" = ?1 AND \"Kind\" = ?2", 2);
        // The finding's row code is its kind (SimilarityRules), so each kind's finding is replaced on its own.
        _deleteFinding = new NativeStatement(connection,
            $"DELETE FROM {Tables.Findings} WHERE \"ReportId\" = ?1 AND \"RuleId\" = '{SimilarityRules.Copied.Id}' AND \"RowCode\" = ?2", 2);
        _finding = StoreCommands.FindingInsert(connection);
    }

    public void Replace(StoredAt at, string kind, TextMatch? match)
    {
        _deleteFinding.Run(at.ReportId, kind);
        if (match is null)
        {
            _delete.Run(at.ReportId, kind);
            return;
        }
        var o = match.Overlap;
        _upsert.Run(at.ReportId, kind, at.AgencyId, at.Year, match.OtherReportId, (double)o.Share, o.Characters,
            JsonSerializer.Serialize(o.Sections.Select(s => new { section = s.Section, share = s.Share, characters = s.Characters }), NarrativePrint.Json),
            JsonSerializer.Serialize(o.Passages, NarrativePrint.Json));
        if (SimilarityRules.Check(match) is { } finding)
            _finding.InsertFinding(at.ReportId, at.AgencyId, at.Year, finding);
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _upsert, _delete, _deleteFinding, _finding }) statement.Dispose();
    }
}
