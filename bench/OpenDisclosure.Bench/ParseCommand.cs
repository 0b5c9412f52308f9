using System.Diagnostics;
using OpenDisclosure.Reports;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>parse --dir DIR [--threads K]</c>: read, decode, parse and validate every file, store nothing. The ceiling
/// od-seed could reach if storing were free; uses all cores, as the importer does.
/// </summary>
public static class ParseCommand
{
    public static int Run(Args args)
    {
        var dir = args.Required("dir");
        var threads = args.Int("threads", Environment.ProcessorCount);
        if (!Directory.Exists(dir)) throw new ArgumentException($"--dir {dir}: no such directory");

        var files = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).ToArray();
        long findings = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var text = File.ReadAllText(file);
            var checkedReport = ReportCheck.Run(text);
            Interlocked.Add(ref findings, checkedReport.Findings.Count);
            if (checkedReport.Report.AgencyName is null || checkedReport.Report.Year is null) Interlocked.Increment(ref failed);
        });
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant.Format(
            $"reports={files.Length} seconds={seconds:0.000} reports_per_s={files.Length / Math.Max(seconds, 1e-9):0} findings={findings} unidentified={failed} threads={threads}"));
        return files.Length == 0 ? 1 : 0;
    }
}
