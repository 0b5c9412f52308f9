using Microsoft.Data.Sqlite;
using OpenDisclosure.Reports.Similarity;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// Runs after the cross-year pass, in its transaction: for every pending report (stored by this import or left by an
/// interrupted one), measures how much of its narrative repeats
/// the same agency's previous report and the closest other report of its year (内容雷同), stores both matches and
/// a similarity.copied finding above the threshold, and re-scores the report. The same-year search uses the MinHash
/// signatures of the year (LSH bands) and measures only the best <see cref="ExactCandidates"/> candidates exactly,
/// so it scales with the reports loaded, not with their square. Reports outside the import are updated when a new
/// report is their previous year or a closer same-year match.
/// </summary>
internal static class SimilarityPass
{
    /// <summary>Members of one LSH bucket looked at per band: a template shared by thousands of offices fills one bucket, and a sample of it is as close as all of it.</summary>
    public const int BucketSample = 8;

    /// <summary>Candidates measured exactly per report, best band agreement first.</summary>
    public const int ExactCandidates = 2;

    /// <summary>Runs inside <see cref="DerivedWork.Finish"/>'s transaction (<paramref name="store"/>'s), over the same
    /// pending reports, so an import stopped anywhere before that commit is matched again in full by the next run.</summary>
    public static int Run(SqliteConnection connection, StoredYearTables store,
        IReadOnlyDictionary<(int AgencyId, int Year), TouchedReport> touched, Func<int, int, int?> reportIdOf)
    {
        if (touched.Count == 0) return 0;
        var transaction = store.Transaction;
        var narratives = new StoredNarratives(store);
        using var commands = new SimilarityCommands(connection);
        using var scores = new CrossYearCommands(connection);
        scores.Transaction = transaction;

        var changed = new Dictionary<int, StoredAt>();
        void Save(StoredAt at, string kind, TextMatch? match)
        {
            commands.Replace(at, kind, match);
            changed[at.ReportId] = at;
        }
        var refs = new Dictionary<int, string>();
        string RefOf(int reportId) => refs.TryGetValue(reportId, out var known) ? known
            : refs[reportId] = store.FindById(reportId)?.Ref ?? $"report {reportId}";

        var touchedIds = touched.Values.Select(t => t.At.ReportId).ToHashSet();
        foreach (var year in touched.Values.GroupBy(t => t.At.Year))
        {
            var signatures = narratives.Signatures(year.Key);
            var position = new Dictionary<int, int>(signatures.Count);
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < signatures.Count; i++)
            {
                position[signatures[i].ReportId] = i;
                foreach (var key in MinHash.BandKeys(signatures[i].Signature))
                {
                    if (!buckets.TryGetValue(key, out var members)) buckets[key] = members = [];
                    if (members.Count < BucketSample) members.Add(i);
                }
            }
            narratives.LoadSameYearShares(year.Key);

            foreach (var report in year)
            {
                var at = report.At;
                var mine = narratives.Shingles(at.ReportId);
                if (mine is null || !position.TryGetValue(at.ReportId, out var me)) continue;

                TextMatch? best = null;
                foreach (var candidate in Candidates(signatures, buckets, me))
                {
                    var other = signatures[candidate];
                    if (narratives.Shingles(other.ReportId) is not { } theirs) continue;
                    var overlap = TextOverlap.Measure(mine, theirs);
                    if (best is null || overlap.Share > best.Overlap.Share)
                        best = new TextMatch(MatchKinds.SameYear, other.ReportId, RefOf(other.ReportId), overlap);
                    // The new report may be the closest one for a report already stored.
                    if (touchedIds.Contains(other.ReportId)) continue;
                    var back = TextOverlap.Measure(theirs, mine);
                    if ((double)back.Share <= narratives.SameYearShare(other.ReportId)) continue;
                    narratives.SetSameYearShare(other.ReportId, (double)back.Share);
                    Save(new StoredAt(other.ReportId, other.AgencyId, year.Key), MatchKinds.SameYear,
                        new TextMatch(MatchKinds.SameYear, at.ReportId, report.Tables.ReportRef, back));
                }
                Save(at, MatchKinds.SameYear, best);

                var previous = reportIdOf(at.AgencyId, at.Year - 1);
                Save(at, MatchKinds.PreviousYear, previous is { } p && narratives.Shingles(p) is { } before
                    ? new TextMatch(MatchKinds.PreviousYear, p, RefOf(p), TextOverlap.Measure(mine, before))
                    : null);

                // A stored next year not in this import: its previous year just arrived or changed.
                if (!touched.ContainsKey((at.AgencyId, at.Year + 1)) && reportIdOf(at.AgencyId, at.Year + 1) is { } next
                    && narratives.Shingles(next) is { } after)
                    Save(new StoredAt(next, at.AgencyId, at.Year + 1), MatchKinds.PreviousYear,
                        new TextMatch(MatchKinds.PreviousYear, at.ReportId, report.Tables.ReportRef, TextOverlap.Measure(after, mine)));
            }
        }

        foreach (var at in changed.Values) scores.SaveCountsAndScore(at, StoredFindings.Read(store, at.ReportId));
        return changed.Count;
    }

    /// <summary>The reports sharing most LSH bands with report <paramref name="me"/> (then the closest signature), at most <see cref="ExactCandidates"/>.</summary>
    private static IEnumerable<int> Candidates(List<StoredSignature> signatures, Dictionary<ulong, List<int>> buckets, int me)
    {
        var shared = new Dictionary<int, int>();
        foreach (var key in MinHash.BandKeys(signatures[me].Signature))
            if (buckets.TryGetValue(key, out var members))
                foreach (var other in members)
                    if (other != me) shared[other] = shared.GetValueOrDefault(other) + 1;
        return shared
            .OrderByDescending(p => p.Value)
            .ThenByDescending(p => MinHash.Estimate(signatures[me].Signature, signatures[p.Key].Signature))
            .ThenBy(p => p.Key)
            .Take(ExactCandidates)
            .Select(p => p.Key);
    }
}
