using System.Diagnostics;
using System.Security.Cryptography;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>parse --dir DIR [--threads K]</c>: the importer's database-free stage alone (read, SHA-256, decode, parse,
/// validate), on all cores as the importer does, storing nothing: the ceiling od-seed could reach if storing were free.
/// </summary>
public static class ParseCommand
{
    public static int Run(Args args)
    {
        var dir = args.Required("dir");
        var threads = args.Int("threads", Environment.ProcessorCount);
        if (!Directory.Exists(dir)) throw new ArgumentException($"--dir {dir}: no such directory");

        var clock = Stopwatch.StartNew();
        var files = ReportFiles.Expand([dir]).ToArray();
        long findings = 0, unreadable = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var source = ReportSource.FromFile(file);
            SHA256.HashData(source.Content);
            var (text, _) = ReportText.Decode(source);
            if (text is null)
            {
                Interlocked.Increment(ref unreadable);
                return;
            }
            Interlocked.Add(ref findings, ReportCheck.Run(text).Findings.Count);
        });
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant.Format(
            $"reports={files.Length} seconds={seconds:0.000} reports_per_s={files.Length / Math.Max(seconds, 1e-9):0} findings={findings} unreadable={unreadable} threads={threads}"));
        return files.Length == 0 || unreadable > 0 ? 1 : 0;
    }
}
