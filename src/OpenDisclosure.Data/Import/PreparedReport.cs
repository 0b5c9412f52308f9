using OpenDisclosure.Reports;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// A file after the parallel stage: hashed and, unless its bytes are already stored, parsed and validated.
/// Exactly one of <see cref="Checked"/>, <see cref="Failure"/> is set, or neither when <see cref="AlreadyStored"/>.
/// </summary>
internal sealed record PreparedReport(string File, string Sha256, bool AlreadyStored, CheckedReport? Checked, ImportFailure? Failure);
