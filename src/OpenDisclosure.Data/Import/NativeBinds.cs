using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace OpenDisclosure.Data.Import;

/// <summary>
/// The bind calls of <see cref="NativeStatement"/>, made straight to the bundled native library on the raw statement
/// pointer: about 350 binds a report. SQLitePCL's wrappers add a SafeHandle add-ref/release pair and a GC transition
/// to each call, which measured more than the bind itself (15 % of the writer's time against 5 % for the rest of
/// binding). Binds return at once (no I/O, no callbacks), which <see cref="SuppressGCTransitionAttribute"/> requires.
/// </summary>
internal static unsafe partial class NativeBinds
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the call returns, so the string need not stay pinned.</summary>
    private static readonly nint Transient = -1;

    // The statement's owner keeps it alive (NativeStatement disposes it only at the end of the import).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Pointer(sqlite3_stmt statement) => statement.DangerousGetHandle();

    public static int Int64(sqlite3_stmt statement, int index, long value) => sqlite3_bind_int64(Pointer(statement), index, value);

    public static int Double(sqlite3_stmt statement, int index, double value) => sqlite3_bind_double(Pointer(statement), index, value);

    public static int Null(sqlite3_stmt statement, int index) => sqlite3_bind_null(Pointer(statement), index);

    /// <summary>UTF-16 straight from the string: SQLite converts it, no UTF-8 copy is allocated here.</summary>
    public static int Text(sqlite3_stmt statement, int index, string value)
    {
        fixed (char* chars = value)
            return sqlite3_bind_text16(Pointer(statement), index, chars, value.Length * sizeof(char), Transient);
    }

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_bind_int64(nint statement, int index, long value);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_bind_double(nint statement, int index, double value);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_bind_null(nint statement, int index);

    [LibraryImport(Library), SuppressGCTransition]
    private static partial int sqlite3_bind_text16(nint statement, int index, char* text, int bytes, nint destructor);
}
