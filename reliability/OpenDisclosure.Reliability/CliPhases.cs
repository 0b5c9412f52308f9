using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Reliability;

/// <summary>od-seed as a process: <c>check</c> over the mutants and the hostile files, <c>seed</c> in batches.</summary>
public sealed partial class CliPhases(string seederDll, string scratch, Figures figures)
{
    public string WriteMutants(IReadOnlyList<byte[]> seeds, int count, int perFolder)
    {
        var root = Directory.CreateDirectory(Path.Combine(scratch, "mutants")).FullName;
        for (var seed = 0; seed < count; seed++)
        {
            var mutation = ReportMutator.Mutate(seeds, seed);
            var folder = Directory.CreateDirectory(Path.Combine(root, $"batch-{seed / perFolder:000}")).FullName;
            File.WriteAllBytes(Path.Combine(folder, mutation.FileName), mutation.Bytes);
        }
        return root;
    }

    public string WriteHostile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "hostile")).FullName;
        foreach (var file in HostileFiles.All()) File.WriteAllBytes(Path.Combine(folder, file.FileName), file.Bytes);
        return folder;
    }

    /// <summary><c>od-seed check</c> over a folder: exit 0 or 1, never 70, never a stack trace.</summary>
    public async Task Check(string folder, string cls)
    {
        var (exit, output, ms) = await Run("check", folder);
        figures.Record("check", cls, exit, ms, exit is 0 or 1 && !StackTrace().IsMatch(output) ? null : $"exit {exit}: {Tail(output)}");
    }

    /// <summary>Each batch folder through <c>od-seed seed</c> into one database: none aborted (every file accounted for).</summary>
    public async Task Seed(string root, string database)
    {
        var batches = Directory.GetDirectories(root).Order().ToList();
        var aborted = 0;
        foreach (var batch in batches)
        {
            var files = Directory.GetFiles(batch).Length;
            var (exit, output, ms) = await Run("seed", batch, "--db", database);
            var counts = Summary().Match(output);
            var accounted = counts.Success ? Enumerable.Range(1, 4).Sum(g => int.Parse(counts.Groups[g].Value)) : -1;
            var ok = exit is 0 or 1 && accounted == files && !StackTrace().IsMatch(output);
            if (!ok) aborted++;
            figures.Record("seed", "batch", exit, ms, ok ? null : $"{Path.GetFileName(batch)}: exit {exit}, {accounted} of {files} files accounted for: {Tail(output)}");
        }
        figures.Values["seed.batches"] = batches.Count;
        figures.Values["seed.aborted_batches"] = aborted;
    }

    private async Task<(int Exit, string Output, double Ms)> Run(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet", [seederDll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr, clock.Elapsed.TotalMilliseconds);
    }

    private static string Tail(string output) => output.Length <= 300 ? output : "…" + output[^300..];

    [GeneratedRegex(@"(?m)^\s+at \S+\(")]
    private static partial Regex StackTrace();

    [GeneratedRegex(@"reports: (\d+) loaded, (\d+) replaced, (\d+) unchanged, (\d+) failed")]
    private static partial Regex Summary();
}
