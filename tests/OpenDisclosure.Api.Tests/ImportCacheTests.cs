using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Api.Tests;

/// <summary>/years and /stats per year are kept between requests only until the next import: a report loaded while
/// the API runs shows up in both at once.</summary>
public sealed class ImportCacheTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_report_imported_while_the_api_runs_is_counted_by_the_next_request()
    {
        var client = _factory.CreateClient();
        var years = (await client.GetJson("/api/v1/years")).Items();
        var stats = (await client.GetJson("/api/v1/stats/request-outcomes"))["groups"]!.AsArray();
        Assert.DoesNotContain(years, y => (int)y!["year"]! == 2021);
        Assert.DoesNotContain(stats, g => (int?)g!["year"] == 2021);

        var folder = Directory.CreateTempSubdirectory("od-cache-").FullName;
        try
        {
            var file = Path.Combine(folder, "linzi-2021.txt");
            File.WriteAllText(file, File.ReadAllText(RepoPaths.LinziReport).Replace("2024年", "2021年"));
            new ReportImporter(_factory.DatabasePath).ImportFiles([file]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var y2021 = Assert.Single((await client.GetJson("/api/v1/years")).Items(), y => (int)y!["year"]! == 2021)!;
        Assert.Equal(1, (int)y2021["reportCount"]!);
        var g2021 = Assert.Single((await client.GetJson("/api/v1/stats/request-outcomes"))["groups"]!.AsArray(), g => (int?)g!["year"] == 2021)!;
        Assert.Equal(14, (long)g2021["sums"]!["total_processed"]!["sum"]!);
    }
}
