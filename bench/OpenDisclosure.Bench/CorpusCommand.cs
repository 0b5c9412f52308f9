using System.Diagnostics;
using System.Text;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>corpus --reports N --out DIR [--seed S]</c>: writes N synthetic reports (SyntheticCorpus: realistic agencies,
/// several years each, ~2 % injected defects) as UTF-8 .txt files, the way od-seed reads published reports.
/// </summary>
public static class CorpusCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(Args args)
    {
        var count = args.Int("reports", 1000);
        var outDir = args.Required("out");
        var seed = args.Int("seed", 20240131);
        Directory.CreateDirectory(outDir);

        var clock = Stopwatch.StartNew();
        long bytes = 0, defective = 0;
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        // Generation is one deterministic stream; writing the files is spread over the cores.
        Parallel.ForEach(Counting(SyntheticCorpus.Enumerate(seed, count), agencies), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
        {
            var content = Utf8NoBom.GetBytes(entry.Report.Text);
            File.WriteAllBytes(Path.Combine(outDir, entry.FileName), content);
            Interlocked.Add(ref bytes, content.Length);
            if (entry.Report.InjectedDefects.Count > 0 || entry.SeriesDefect is not null) Interlocked.Increment(ref defective);
        });

        Console.WriteLine(Invariant.Format(
            $"reports={count} agencies={agencies.Count} defective={defective} bytes={bytes} seconds={clock.Elapsed.TotalSeconds:0.000}"));
        return 0;
    }

    private static IEnumerable<CorpusEntry> Counting(IEnumerable<CorpusEntry> entries, HashSet<string> agencies)
    {
        foreach (var entry in entries)
        {
            agencies.Add(entry.Agency);
            yield return entry;
        }
    }
}
