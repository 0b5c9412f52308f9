using OpenDisclosure.Data;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Seeder;

/// <summary>
/// <c>od-seed seed</c>: exit code 0 when every file loaded (or was unchanged), 1 when any file failed (see <see cref="ExitCodes"/>), and one of
/// <see cref="StoreExitCodes"/> when the database itself cannot be used (then nothing was deleted or overwritten).
/// </summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] paths, string databasePath, TimeSpan busyTimeout, TextWriter stdout, TextWriter stderr,
        CancellationToken ct)
    {
        var files = ReportFiles.Expand(paths).ToList();
        try
        {
            if (await DatabaseBootstrap.EnsureSchemaAsync(databasePath, cancellationToken: ct, busyTimeout: busyTimeout))
                await stderr.WriteLineAsync($"created {databasePath} (schema version {DisclosureDb.SchemaVersion})");
            else
                foreach (var problem in StoreStatus.Read(databasePath, busyTimeout).Problems())
                    await stderr.WriteLineAsync($"{databasePath}: before this run: {problem}; this run finishes it");

            var importer = new ReportImporter(databasePath)
            {
                Origin = "od-seed",
                Roots = paths.Select(Path.GetFullPath).ToList(),
                BusyTimeout = busyTimeout,
                BatchStored = s => Progress(s, files.Count, stderr),
            };
            var summary = await Task.Run(() => importer.ImportFiles(files), ct);

            foreach (var failure in summary.Failed)
                await stdout.WriteLineAsync(failure.ToString());
            await stdout.WriteLineAsync($"database: {databasePath}");
            await stdout.WriteLineAsync(summary.ToString());
            foreach (var problem in StoreStatus.Read(databasePath, busyTimeout).Problems())
                await stdout.WriteLineAsync($"incomplete: {problem}");
            return summary.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }
        catch (StoreException e)
        {
            await stderr.WriteLineAsync($"od-seed: {e.Message}");
            return StoreExitCodes.For(e.Problem);
        }
    }

    /// <summary>A line per batch on long runs only: a 5-file seed stays quiet.</summary>
    private static void Progress(ImportSummary soFar, int total, TextWriter stderr)
    {
        if (total <= 1000 || soFar.FilesSeen >= total) return;
        stderr.WriteLine($"  {soFar.FilesSeen}/{total} files ({100.0 * soFar.FilesSeen / total:0}%), {soFar.FilesPerSecond:0} files/s");
    }
}
