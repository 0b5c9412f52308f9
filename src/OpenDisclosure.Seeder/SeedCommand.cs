using OpenDisclosure.Data;
using OpenDisclosure.Data.Import;

namespace OpenDisclosure.Seeder;

/// <summary><c>od-seed seed</c>: exit code 0 when every file loaded (or was unchanged), 1 when any file failed (see <see cref="ExitCodes"/>).</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] paths, string databasePath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var files = ReportFiles.Expand(paths).ToList();
        if (await DatabaseBootstrap.EnsureSchemaAsync(databasePath, cancellationToken: ct))
            await stderr.WriteLineAsync($"created {databasePath} (schema version {DisclosureDb.SchemaVersion})");

        var importer = new ReportImporter(databasePath) { BatchStored = s => Progress(s, files.Count, stderr) };
        var summary = await Task.Run(() => importer.ImportFiles(files), ct);

        foreach (var failure in summary.Failed)
            await stdout.WriteLineAsync(failure.ToString());
        await stdout.WriteLineAsync($"database: {databasePath}");
        await stdout.WriteLineAsync(summary.ToString());
        return summary.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>A line per batch on long runs only: a 5-file seed stays quiet.</summary>
    private static void Progress(ImportSummary soFar, int total, TextWriter stderr)
    {
        if (total <= 1000 || soFar.FilesSeen >= total) return;
        stderr.WriteLine($"  {soFar.FilesSeen}/{total} files ({100.0 * soFar.FilesSeen / total:0}%), {soFar.FilesPerSecond:0} files/s");
    }
}
