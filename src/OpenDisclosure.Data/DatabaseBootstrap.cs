using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Rows;

namespace OpenDisclosure.Data;

/// <summary>
/// Makes sure a database file exists with the current schema. The store is derived data, so a file built with
/// another <see cref="DisclosureDb.SchemaVersion"/> (or one that cannot be read) is deleted and rebuilt.
/// </summary>
public static class DatabaseBootstrap
{
    public const string SchemaVersionKey = "schema_version";

    /// <summary>Ensures the schema; when the database had to be (re)built, seeds every report file in <paramref name="reportsDirectory"/>.</summary>
    /// <returns>The seeding summary when the database was built now, null when it was already up to date.</returns>
    public static async Task<ImportSummary?> EnsureReadyAsync(string databasePath, string reportsDirectory, ILogger? log = null,
        CancellationToken cancellationToken = default)
    {
        if (!await EnsureSchemaAsync(databasePath, log, cancellationToken)) return null;
        if (!Directory.Exists(reportsDirectory))
        {
            log?.LogWarning("Reports folder {Folder} not found: the new database stays empty", reportsDirectory);
            return new ImportSummary();
        }
        var files = ReportFiles.Expand([reportsDirectory]).ToList();
        return await Task.Run(() => new ReportImporter(databasePath, log).ImportFiles(files), cancellationToken);
    }

    /// <summary>Creates the schema if the file is missing, outdated or unreadable. Returns true when it built a new database.</summary>
    public static async Task<bool> EnsureSchemaAsync(string databasePath, ILogger? log = null, CancellationToken cancellationToken = default)
    {
        var version = File.Exists(databasePath) ? await ReadSchemaVersionAsync(databasePath, cancellationToken) : null;
        if (version == DisclosureDb.SchemaVersion.ToString()) return false;

        if (File.Exists(databasePath))
            log?.LogInformation("Rebuilding {Path}: schema version {Found} found, {Expected} expected",
                databasePath, version ?? "(unreadable)", DisclosureDb.SchemaVersion);
        Delete(databasePath);

        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is not null) Directory.CreateDirectory(folder);

        await using var db = DisclosureDbFactory.Create(databasePath);
        await db.Database.ExecuteSqlRawAsync(StoreSchema.CreateScript(db), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(AgencyNameSearch.Schema, cancellationToken);
        db.Meta.Add(new MetaRow { Key = SchemaVersionKey, Value = DisclosureDb.SchemaVersion.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        log?.LogInformation("Created {Path} with schema version {Version}", databasePath, DisclosureDb.SchemaVersion);
        return true;
    }

    private static async Task<string?> ReadSchemaVersionAsync(string databasePath, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = DisclosureDbFactory.Create(databasePath);
            return await db.Meta.Where(m => m.Key == SchemaVersionKey).Select(m => m.Value).FirstOrDefaultAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // Not a database, no meta table, locked by a broken writer...: all mean "rebuild".
            return null;
        }
    }

    private static void Delete(string databasePath)
    {
        // Pooled connections keep the file open (even one deleted behind our back, which would make EnsureCreated
        // find the old tables); they must go before the file is replaced.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(databasePath + suffix)) File.Delete(databasePath + suffix);
    }
}
