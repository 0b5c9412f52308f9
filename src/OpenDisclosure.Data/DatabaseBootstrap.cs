using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Data;

/// <summary>
/// Makes sure the database file is ours and current before anything uses it. A missing file is created (marked with
/// <see cref="StoreIdentity.ApplicationId"/>); our file with an older <see cref="DisclosureDb.SchemaVersion"/> is
/// derived data and is rebuilt; anything else (another application's file, a text file, a damaged or locked file, a
/// newer schema, a read-only location) is refused with a <see cref="StoreException"/> naming the path and the cause,
/// and is never deleted or written.
/// </summary>
public static class DatabaseBootstrap
{
    public const string SchemaVersionKey = "schema_version";

    /// <summary>How long start-up waits for another process's lock before refusing.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The origin recorded by the API's own seeding, which the API resumes when it was interrupted.</summary>
    public const string ApiSeedOrigin = "api";

    /// <summary>
    /// Ensures the schema; when the database had to be (re)built, seeds every report file in <paramref name="reportsDirectory"/>.
    /// On an existing database, finishes what an interrupted import left: the API's own interrupted seeding is
    /// resumed (stored files are skipped), and derived data still pending from any import is recomputed.
    /// </summary>
    /// <returns>The seeding summary when something was imported or recomputed now, null when the database was already complete.</returns>
    public static async Task<ImportSummary?> EnsureReadyAsync(string databasePath, string reportsDirectory, ILogger? log = null,
        CancellationToken cancellationToken = default, TimeSpan? busyTimeout = null)
    {
        var wait = busyTimeout ?? DefaultBusyTimeout;
        var created = await EnsureSchemaAsync(databasePath, log, cancellationToken, wait);
        var status = StoreStatus.Read(databasePath, wait);
        var resume = !created && status.Incomplete.Any(i => i.Origin == ApiSeedOrigin);
        if (created || resume)
        {
            if (resume) log?.LogWarning("Resuming the interrupted seeding of {Path} from {Folder}", databasePath, reportsDirectory);
            if (!Directory.Exists(reportsDirectory))
            {
                log?.LogWarning("Reports folder {Folder} not found: the database stays empty", reportsDirectory);
                return new ImportSummary();
            }
            var files = ReportFiles.Expand([reportsDirectory]).ToList();
            var importer = new ReportImporter(databasePath, log) { Origin = ApiSeedOrigin, Roots = [reportsDirectory], BusyTimeout = wait };
            return await Task.Run(() => importer.ImportFiles(files), cancellationToken);
        }
        foreach (var incomplete in status.Incomplete)
            log?.LogWarning("{Path}: {Incomplete}", databasePath, incomplete.Describe());
        if (status.DerivedPending == 0) return null;
        log?.LogWarning("{Path}: recomputing derived data of {Count} reports left pending by an interrupted import", databasePath, status.DerivedPending);
        return await Task.Run(() => new ReportImporter(databasePath, log) { BusyTimeout = wait }.FinishPending(), cancellationToken);
    }

    /// <summary>Creates the schema if the file is missing, or rebuilds our own file of an older schema. Returns true
    /// when it built a new database; throws <see cref="StoreException"/> for a file it must not touch.</summary>
    public static async Task<bool> EnsureSchemaAsync(string databasePath, ILogger? log = null, CancellationToken cancellationToken = default,
        TimeSpan? busyTimeout = null)
    {
        var (state, version) = StoreInspection.Inspect(databasePath, busyTimeout ?? DefaultBusyTimeout);
        if (state == StoreFileState.Current) return false;
        try
        {
            if (state == StoreFileState.Older)
            {
                log?.LogInformation("Rebuilding {Path}: schema version {Found} found, {Expected} expected", databasePath, version, DisclosureDb.SchemaVersion);
                Delete(databasePath);
            }
            await CreateAsync(databasePath, cancellationToken);
        }
        catch (Exception e) when (StoreFailures.Wrap(e, databasePath, "creating the database") is { } refused)
        {
            throw refused;
        }
        log?.LogInformation("Created {Path} with schema version {Version}", databasePath, DisclosureDb.SchemaVersion);
        return true;
    }

    /// <summary>One transaction: a creation cut short leaves no half-built (yet marked) file behind.</summary>
    private static async Task CreateAsync(string databasePath, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is not null) Directory.CreateDirectory(folder);
        // The operating system's own words ("Read-only file system", "Permission denied") where SQLite would only say
        // "unable to open database file". An empty file is what SQLite starts a new database from.
        using (new FileStream(databasePath, FileMode.OpenOrCreate, FileAccess.ReadWrite)) { }
        await using var db = DisclosureDbFactory.Create(databasePath);
        var script = $"""
            BEGIN;
            PRAGMA application_id = {StoreIdentity.ApplicationId};
            {StoreSchema.CreateScript(db)}
            {AgencyNameSearch.Schema}
            {DerivedWork.Schema}
            INSERT INTO {Tables.Meta} ("Key", "Value") VALUES ('{SchemaVersionKey}', '{DisclosureDb.SchemaVersion}');
            COMMIT;
            """;
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
    }

    /// <summary>Only for our own file of an older schema (see <see cref="StoreInspection"/>).</summary>
    private static void Delete(string databasePath)
    {
        // Pooled connections keep the file open (even one deleted behind our back, which would make EnsureCreated
        // find the old tables); they must go before the file is replaced.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(databasePath + suffix)) File.Delete(databasePath + suffix);
    }
}
