using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Temporary stand-in with the signature of OpenDisclosure.Data's DatabaseBootstrap.EnsureReadyAsync, which the
/// data work delivers (create or rebuild the database from the reports folder). Removed when that lands.
/// </summary>
internal static class DatabaseBootstrapShim
{
    public static async Task EnsureReadyAsync(string dbPath, string reportsDir, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dbPath)!);
        var options = new DbContextOptionsBuilder<DisclosureDb>().UseSqlite($"Data Source={dbPath}").Options;
        await using var db = new DisclosureDb(options);
        await db.Database.EnsureCreatedAsync();
        logger.LogWarning("Database {Path} created empty; seeding from {Reports} needs DatabaseBootstrap", dbPath, reportsDir);
    }
}
