using Microsoft.EntityFrameworkCore;

namespace OpenDisclosure.Data.Stats;

/// <summary>
/// A value in the meta table that every import replaces when it ends (after the derived data is refreshed): whole-corpus
/// aggregates (GET /years, GET /stats/request-outcomes per year) can be kept by the API until it changes, instead of
/// being added up again over every report for each request.
/// </summary>
public static class ImportVersion
{
    public const string Key = "import_version";

    internal static readonly string BumpSql =
        $"INSERT INTO {Tables.Meta} (\"Key\", \"Value\") VALUES ('{Key}', lower(hex(randomblob(8)))) "
        + "ON CONFLICT(\"Key\") DO UPDATE SET \"Value\" = excluded.\"Value\"";

    /// <summary>The current version; empty before the first import that wrote one.</summary>
    public static async Task<string> ReadAsync(DisclosureDb db, CancellationToken ct) =>
        await db.Meta.Where(m => m.Key == Key).Select(m => m.Value).FirstOrDefaultAsync(ct) ?? "";
}
