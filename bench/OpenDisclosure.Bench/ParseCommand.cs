using System.Diagnostics;
using System.Security.Cryptography;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Validation;

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
        long findings = 0, unreadable = 0, readTicks = 0, decodeTicks = 0, parseTicks = 0, validateTicks = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            // Stopwatch spans per stage (summed over threads): where a report's time goes.
            var t0 = Stopwatch.GetTimestamp();
            var source = ReportSource.FromFile(file);
            var t1 = Stopwatch.GetTimestamp();
            SHA256.HashData(source.Content);
            var (text, _) = ReportText.Decode(source);
            var t2 = Stopwatch.GetTimestamp();
            if (text is null)
            {
                Interlocked.Increment(ref unreadable);
                return;
            }
            var parsed = ReportParser.Parse(text);
            var t3 = Stopwatch.GetTimestamp();
            var found = parsed.Diagnostics.Count + ReportValidator.Validate(parsed.Report).Count;
            var t4 = Stopwatch.GetTimestamp();
            Interlocked.Add(ref findings, found);
            Interlocked.Add(ref readTicks, t1 - t0);
            Interlocked.Add(ref decodeTicks, t2 - t1);
            Interlocked.Add(ref parseTicks, t3 - t2);
            Interlocked.Add(ref validateTicks, t4 - t3);
        });
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant.Format(
            $"reports={files.Length} seconds={seconds:0.000} reports_per_s={files.Length / Math.Max(seconds, 1e-9):0} findings={findings} unreadable={unreadable} threads={threads}"));
        // Same work as ReportCheck.Run, split so the spans show parse and validate apart.
        double PerReport(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / Math.Max(files.Length, 1);
        Console.Error.WriteLine(Invariant.Format(
            $"spans (ms per report, summed over threads): read {PerReport(readTicks):0.000} hash+decode {PerReport(decodeTicks):0.000} parse {PerReport(parseTicks):0.000} validate {PerReport(validateTicks):0.000}; allocated {GC.GetTotalAllocatedBytes() / 1024.0 / Math.Max(files.Length, 1):0} KB per report, GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
        return files.Length == 0 || unreadable > 0 ? 1 : 0;
    }
}
