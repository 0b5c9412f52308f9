using OpenDisclosure.Reports.Scoring;

namespace OpenDisclosure.Data.Rows;

/// <summary>A default-profile score in the stored shape (the import's native insert and a review's EF update share it).</summary>
public static class ComplianceRows
{
    public static void Fill(ComplianceRow row, ComplianceScore score)
    {
        int? Earned(ComplianceComponent c) => score.Components.Single(x => x.Weight.Component == c).Earned is { } e ? (int)e : null;
        row.Score = score.Total is { } t ? (double)t : null;
        row.ScoreKey = score.Total is { } k ? (int)(k * 10) : -1;
        row.AssessedWeight = score.AssessedWeight;
        row.Timeliness = Earned(ComplianceComponent.Timeliness);
        row.Completeness = Earned(ComplianceComponent.Completeness);
        row.Consistency = Earned(ComplianceComponent.Consistency);
        row.Continuity = Earned(ComplianceComponent.Continuity);
        row.Narrative = Earned(ComplianceComponent.Narrative);
    }
}
