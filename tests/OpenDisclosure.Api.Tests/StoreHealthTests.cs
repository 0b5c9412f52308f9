using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Tests;

/// <summary>
/// Readiness tells the store's real state: a database with damaged pages, or one an import left incomplete, is not
/// ready (503, with the reason), while liveness stays up. A file the service did not create stops start-up and is
/// left as it is.
/// </summary>
public sealed class StoreHealthTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("od-api-health-").FullName;

    private string DatabasePath => Path.Combine(_folder, "store.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class Factory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Reports:Directory", RepoPaths.Reports);
        }
    }

    private static async Task<(HttpStatusCode Status, string Description)> Ready(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, (string)body["checks"]![0]!["description"]!);
    }

    private async Task SeededStoreAsync()
    {
        await DatabaseBootstrap.EnsureReadyAsync(DatabasePath, RepoPaths.Reports);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_database_with_damaged_pages_is_not_ready_once_the_integrity_check_has_seen_it()
    {
        await SeededStoreAsync();
        // Garbage over a page in the middle of the file: the header, the schema and the meta rows stay readable.
        var bytes = await File.ReadAllBytesAsync(DatabasePath);
        const int page = 4096;
        var middle = bytes.Length / page / 2 * page;
        Array.Fill(bytes, (byte)0x5A, middle, page);
        await File.WriteAllBytesAsync(DatabasePath, bytes);

        await using var factory = new Factory(DatabasePath);
        using var client = factory.CreateClient();
        var check = await factory.Services.GetRequiredService<IntegrityMonitor>().CheckNowAsync();

        Assert.False(check.IsOk);
        var (status, description) = await Ready(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("integrity check of", description);
        Assert.Contains(check.Problem!, description);
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task An_import_that_has_not_finished_makes_the_store_not_ready_and_says_which()
    {
        await SeededStoreAsync();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            // What an od-seed run killed after its first batch leaves behind.
            connection.Open();
            using var marker = connection.CreateCommand();
            marker.CommandText = """
                INSERT INTO meta (Key, Value) VALUES ('import_incomplete',
                  '[{"Origin":"od-seed","Paths":["/data/more-reports"],"StartedUtc":"2026-01-31T08:00:00Z"}]')
                """;
            marker.ExecuteNonQuery();
        }

        await using var factory = new Factory(DatabasePath);
        using var client = factory.CreateClient();
        var (status, description) = await Ready(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("an import (od-seed) of /data/more-reports started 2026-01-31 08:00:00 UTC has not finished", description);
    }

    [Fact]
    public async Task Start_up_on_a_file_the_service_did_not_create_fails_and_leaves_it()
    {
        await File.WriteAllTextAsync(DatabasePath, "not a database: the service must not replace this file\n");
        var before = await File.ReadAllBytesAsync(DatabasePath);

        await using var factory = new Factory(DatabasePath);
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Equal(before, await File.ReadAllBytesAsync(DatabasePath));
    }
}
