using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring.Profiles;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// A draft checked as the store would check it once loaded: against the agency's stored report of the previous
/// year (cross-year rules and copied text), then scored under the profile the request names (<c>profile=</c>,
/// default <c>default</c>). Nothing is stored.
/// </summary>
public static class DraftCheck
{
    public static ReportDetail Run(CheckedReport draft, ScoringProfile profile, HttpContext http)
    {
        var tables = YearTables.From(draft.Report);
        var previous = tables is null ? null
            : StoredNeighbours.Previous(http.RequestServices.GetRequiredService<AppPaths>().Database, tables.Agency, tables.Year);
        var checkedDraft = tables is null ? draft : draft with
        {
            Findings = [.. draft.Findings, .. CrossYearChecks.Check(previous?.Tables, tables), .. CopiedFrom(draft, previous)],
        };
        var score = ProfileScorer.Score(profile, checkedDraft.Findings);
        return ReportDetailMapper.FromChecked(checkedDraft) with
        {
            ComparedWith = previous is null ? null
                : new ComparedReport(previous.ReportId, previous.AgencyId, previous.AgencyName, previous.Year, previous.SourceFile),
            Score = ComplianceApi.Explanation(null, previous?.AgencyId, tables?.Agency, tables?.Year, score, _ => null),
        };
    }

    /// <summary>The draft's narrative against last year's: a draft that repeats it is told before it is published.</summary>
    private static IEnumerable<Reports.Validation.Finding> CopiedFrom(CheckedReport draft, StoredNeighbour? previous)
    {
        if (previous?.Narrative is not { } before) yield break;
        var overlap = TextOverlap.Measure(Shingles.Of(ComparableText.Of(draft.Report)), before);
        if (SimilarityRules.Check(new TextMatch(MatchKinds.PreviousYear, previous.ReportId, previous.Ref, overlap)) is { } finding)
            yield return finding;
    }
}
