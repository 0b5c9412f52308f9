namespace OpenDisclosure.Data;

/// <summary>
/// A trigram index of agency names (SQLite FTS5) for <c>GET /agencies?q=</c>. Without it a name search is
/// <c>instr(Name, q)</c> over every agency until a page is full: at 25,000 agencies, about 5,000 names read per
/// request for a city prefix. The index is kept by triggers, in the same transaction as the agency row, so no
/// write path can forget it. Trigrams only find parts of three characters or more; shorter ones are scanned.
/// </summary>
public static class AgencyNameSearch
{
    public const string Table = "agency_names";

    /// <summary>Run once after the EF schema is created (see <see cref="DatabaseBootstrap"/>).</summary>
    public const string Schema = $"""
        CREATE VIRTUAL TABLE {Table} USING fts5("Name", content='{Tables.Agencies}', content_rowid='Id',
            tokenize='trigram case_sensitive 1');
        CREATE TRIGGER {Table}_insert AFTER INSERT ON {Tables.Agencies} BEGIN
            INSERT INTO {Table} (rowid, "Name") VALUES (new."Id", new."Name");
        END;
        CREATE TRIGGER {Table}_delete AFTER DELETE ON {Tables.Agencies} BEGIN
            INSERT INTO {Table} ({Table}, rowid, "Name") VALUES ('delete', old."Id", old."Name");
        END;
        CREATE TRIGGER {Table}_update AFTER UPDATE OF "Name" ON {Tables.Agencies} BEGIN
            INSERT INTO {Table} ({Table}, rowid, "Name") VALUES ('delete', old."Id", old."Name");
            INSERT INTO {Table} (rowid, "Name") VALUES (new."Id", new."Name");
        END;
        """;

    /// <summary>True when the index can answer a search for <paramref name="part"/> (three characters or more).</summary>
    public static bool Covers(string part)
    {
        var characters = 0;
        foreach (var _ in part.EnumerateRunes())
            if (++characters >= 3) return true;
        return false;
    }

    /// <summary>The FTS5 query matching names that contain <paramref name="part"/> as it is: one quoted phrase.</summary>
    public static string Phrase(string part) => '"' + part.Replace("\"", "\"\"") + '"';
}
