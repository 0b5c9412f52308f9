namespace OpenDisclosure.Data.Store;

/// <summary>Why the store refused a database file or stopped writing to it.</summary>
public enum StoreProblem
{
    /// <summary>Not an SQLite database at all (a text file, a damaged header).</summary>
    NotADatabase,
    /// <summary>An SQLite database that OpenDisclosure did not create.</summary>
    NotOurs,
    /// <summary>Ours, but built by a newer release (a rebuild would lose what that release stored).</summary>
    NewerSchema,
    /// <summary>Ours, but its pages are damaged (SQLITE_CORRUPT / SQLITE_NOTADB inside the file).</summary>
    Damaged,
    /// <summary>Another process holds a lock for longer than the bounded wait.</summary>
    Busy,
    /// <summary>The file or its folder cannot be written (read-only mount, permissions).</summary>
    ReadOnly,
    /// <summary>The disk (or the database's page limit) is full.</summary>
    Full,
    /// <summary>Any other I/O error reported by the operating system or SQLite.</summary>
    Io,
}

/// <summary>
/// The store cannot use a database file, or stopped writing to it. The message always names the file and the real
/// cause (SQLite's own words when it comes from SQLite); nothing was deleted or overwritten.
/// </summary>
public sealed class StoreException(StoreProblem problem, string path, string cause, Exception? inner = null)
    : Exception($"{path}: {cause}", inner)
{
    public StoreProblem Problem { get; } = problem;
    public string DatabasePath { get; } = path;
}
