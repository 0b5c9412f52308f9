using OpenDisclosure.Reports;
using OpenDisclosure.Reports.CrossYear;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// A file after the parallel stage: hashed and, unless its bytes are already stored, parsed and validated.
/// Exactly one of <see cref="Checked"/>, <see cref="Failure"/> is set, or neither when <see cref="AlreadyStored"/>.
/// </summary>
internal sealed record PreparedReport(string File, string Sha256, bool AlreadyStored, CheckedReport? Checked, ImportFailure? Failure)
{
    /// <summary>What the cross-year pass needs of the report, read in the parallel stage so the single writer does not
    /// (it scans the narrative for 同比 claims). Null when nothing was parsed.</summary>
    public YearTables? YearTables { get; init; }

    /// <summary>The narrative's texts and MinHash signature for the similarity pass; null when nothing was parsed.</summary>
    public NarrativePrint? Narrative { get; init; }
}
