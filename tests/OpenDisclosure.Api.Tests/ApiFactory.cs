using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// The API over a temporary SQLite file that the host itself builds from data/reports at start-up, exactly as
/// a fresh clone does. One instance is shared by the test classes of the "api" collection.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"od-api-tests-{Guid.NewGuid():N}.db");

    public const string ReviewerKey = "test-evaluator-key";
    public const string ReviewerName = "评估员甲";

    /// <summary>The folder the host seeds from: the real reports, unless a test needs more.</summary>
    protected virtual string ReportsDirectory => RepoPaths.Reports;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Reports:Directory", ReportsDirectory);
        builder.UseSetting($"Reviews:Keys:{ReviewerKey}", ReviewerName);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
    }
}

[CollectionDefinition("api")]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>;

/// <summary>Locations in the repository, found from the test binaries by walking up to the solution file.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Reports => Path.Combine(Root, "data", "reports");

    public static string OpenApiDocument => Path.Combine(Root, "openapi", "v1.json");

    /// <summary>The seed report of 临淄区人民政府办公室 for 2024.</summary>
    public static string LinziReport => Path.Combine(Reports, "003_34f0a73bec97119a.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenDisclosureApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("OpenDisclosureApi.sln not found above " + AppContext.BaseDirectory);
    }
}
