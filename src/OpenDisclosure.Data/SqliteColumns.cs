using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace OpenDisclosure.Data;

/// <summary>
/// The few SQLite calls the API's JSON pages and CSV exports make per row and column (beside the importer's
/// <c>NativeBinds</c>), bound straight to the bundled native library on the raw
/// statement pointer. SQLitePCL's wrappers add a SafeHandle add-ref/release pair and a full GC transition to each
/// call, which measured a fifth of an export's CPU at ~25 calls a row; these calls return at once (no I/O, no
/// callbacks), which is what <see cref="SuppressGCTransitionAttribute"/> requires. Stepping stays on SQLitePCL.
/// </summary>
public static unsafe partial class SqliteColumns
{
    private const string Library = "e_sqlite3";

    /// <summary>The current row's value as SQLite holds it: raw.SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL, ...</summary>
    public static int Type(sqlite3_stmt statement, int column) => sqlite3_column_type(Pointer(statement), column);

    public static long Int64(sqlite3_stmt statement, int column) => sqlite3_column_int64(Pointer(statement), column);

    /// <summary>A TEXT value's UTF-8 bytes, valid until the statement steps again.</summary>
    public static ReadOnlySpan<byte> Utf8(sqlite3_stmt statement, int column)
    {
        var pointer = Pointer(statement);
        var bytes = sqlite3_column_blob(pointer, column);
        return new ReadOnlySpan<byte>((void*)bytes, sqlite3_column_bytes(pointer, column));
    }

    // The caller holds the statement (a using scope) for as long as it reads columns, so the pointer stays valid.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Pointer(sqlite3_stmt statement) => statement.DangerousGetHandle();

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_column_type(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial long sqlite3_column_int64(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial nint sqlite3_column_blob(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_column_bytes(nint statement, int column);
}
