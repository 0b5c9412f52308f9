using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Seeder;

/// <summary>
/// Exit codes of <c>od-seed seed</c> when the database, not a report, is the problem (after sysexits.h), so scripts
/// can tell "fix the file or its location" from "retry later" from "the disk failed".
/// </summary>
public static class StoreExitCodes
{
    /// <summary>EX_CANTCREAT: the file is not ours, is damaged, has a newer schema, or cannot be written.</summary>
    public const int Refused = 73;

    /// <summary>EX_IOERR: the disk is full or an I/O error stopped the import (what was committed stays; a re-run finishes it).</summary>
    public const int IoError = 74;

    /// <summary>EX_TEMPFAIL: another process held the database locked longer than <c>--busy-timeout</c>; retry later.</summary>
    public const int Busy = 75;

    /// <summary>The seed command's extra codes, for its help text and the README.</summary>
    public const string Help = "When the database is the problem (nothing deleted or overwritten): 73 not usable (not ours, "
        + "damaged, newer, read-only), 74 disk full or I/O error, 75 locked by another process.";

    public static int For(StoreProblem problem) => problem switch
    {
        StoreProblem.Busy => Busy,
        StoreProblem.Full or StoreProblem.Io => IoError,
        _ => Refused,
    };
}
