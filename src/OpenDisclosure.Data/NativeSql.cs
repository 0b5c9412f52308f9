using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenDisclosure.Data;

/// <summary>
/// What every native statement of the store needs, whether the importer's writes or the API's hot reads: an error
/// worded as Microsoft.Data.Sqlite words it, and a parameter bound by its .NET type.
/// </summary>
public static class NativeSql
{
    public static SqliteException Error(sqlite3 db, int rc) =>
        new(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));

    /// <summary>Binds null, int, long, double or string at a 1-based index; returns SQLite's result code.</summary>
    public static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        double d => raw.sqlite3_bind_double(statement, index, d),
        string s => raw.sqlite3_bind_text(statement, index, s),
        _ => throw new ArgumentException($"No SQLite binding for {value.GetType().Name}.", nameof(value)),
    };
}
