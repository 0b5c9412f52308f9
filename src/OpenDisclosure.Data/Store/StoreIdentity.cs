using System.Buffers.Binary;

namespace OpenDisclosure.Data.Store;

/// <summary>
/// How a database file says it belongs to OpenDisclosure: SQLite's header field <c>application_id</c> (set by
/// <c>PRAGMA application_id</c> when the store creates the file) holds <see cref="ApplicationId"/>. Files built before
/// the mark existed (schema version below <see cref="MarkedFromSchemaVersion"/>) are recognised by their meta table.
/// </summary>
public static class StoreIdentity
{
    /// <summary>"ODS1" in ASCII: OpenDisclosure store.</summary>
    public const int ApplicationId = 0x4F445331;

    /// <summary>From this schema version on, every store file carries <see cref="ApplicationId"/> (version 4 was used
    /// by two branches, one without the mark, so an unmarked version 4 file is still recognised as ours).</summary>
    public const int MarkedFromSchemaVersion = 5;

    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    /// <summary>The first 100 bytes of the file: the SQLite database header.</summary>
    internal const int HeaderSize = 100;

    internal static bool IsSqliteHeader(ReadOnlySpan<byte> header) => header.Length >= HeaderSize && header[..Magic.Length].SequenceEqual(Magic);

    /// <summary>The header's application_id (bytes 68–71, big-endian).</summary>
    internal static int ApplicationIdOf(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt32BigEndian(header[68..72]);

    /// <summary>The first bytes of a file that is not a database, printable, for the message.</summary>
    internal static string Describe(ReadOnlySpan<byte> header)
    {
        var shown = header[..Math.Min(header.Length, 16)];
        var text = new string(System.Text.Encoding.Latin1.GetString(shown).Select(c => c is >= ' ' and < '\x7f' ? c : '.').ToArray());
        return $"it starts with \"{text}\", not \"SQLite format 3\"";
    }
}
