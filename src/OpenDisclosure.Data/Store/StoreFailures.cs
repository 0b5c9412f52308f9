using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenDisclosure.Data.Store;

/// <summary>
/// Tells an error of the whole store (the disk is full, the file is locked or damaged) from an error of one report
/// (a constraint, an unexpected value). The first stops the import with SQLite's own cause and the path; the second
/// fails that report only.
/// </summary>
public static class StoreFailures
{
    /// <summary>The store-wide problem behind <paramref name="error"/>, or null when it concerns one statement's data.</summary>
    public static StoreProblem? ProblemOf(Exception error) => error switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            raw.SQLITE_FULL => StoreProblem.Full,
            raw.SQLITE_BUSY or raw.SQLITE_LOCKED => StoreProblem.Busy,
            raw.SQLITE_READONLY or raw.SQLITE_PERM or raw.SQLITE_CANTOPEN => StoreProblem.ReadOnly,
            raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB => StoreProblem.Damaged,
            raw.SQLITE_IOERR or raw.SQLITE_NOMEM or raw.SQLITE_PROTOCOL => StoreProblem.Io,
            _ => null,
        },
        UnauthorizedAccessException => StoreProblem.ReadOnly,
        IOException io when io.Message.Contains("read-only", StringComparison.OrdinalIgnoreCase) => StoreProblem.ReadOnly,
        IOException => StoreProblem.Io,
        _ => null,
    };

    /// <summary>
    /// <paramref name="error"/> as a <see cref="StoreException"/> naming <paramref name="path"/> and the cause, e.g.
    /// "data/x.db: database or disk is full (SQLite error 13, while storing batch 3)"; null when it is not store-wide.
    /// </summary>
    public static StoreException? Wrap(Exception error, string path, string doing)
    {
        if (error is StoreException already) return already;
        if (ProblemOf(error) is not { } problem) return null;
        var cause = error is SqliteException sqlite
            ? $"{Words(sqlite)} (SQLite error {sqlite.SqliteErrorCode}/{sqlite.SqliteExtendedErrorCode}, while {doing})"
            : $"{error.Message} (while {doing})";
        if (problem == StoreProblem.Busy) cause += "; another process holds the database: retry when it is done";
        return new StoreException(problem, path, cause, error);
    }

    /// <summary>SQLite's own words for the error ("database or disk is full"), without Microsoft.Data.Sqlite's "SQLite Error 13: '…'." wrapping.</summary>
    private static string Words(SqliteException error)
    {
        var message = error.Message;
        var open = message.IndexOf('\'');
        var close = message.LastIndexOf('\'');
        return open >= 0 && close > open ? message[(open + 1)..close] : message;
    }
}
