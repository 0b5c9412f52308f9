using System.Diagnostics;
using OpenDisclosure.Formats;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>formats --dir DIR [--text DIR] [--seconds S]</c>: read + parse + validate speed per input class on one core, the
/// same path as od-seed check and POST /validate (<see cref="DocumentCheck"/>). DIR holds one folder per class (the
/// fixture corpus, tests/OpenDisclosure.Formats.Tests/Corpus); --text adds the flattened-text seeds as the baseline
/// class. Each class is run over and over for S seconds (default 3) after one warm-up pass.
/// </summary>
public static class FormatsCommand
{
    public static int Run(Args args)
    {
        var dir = args.Required("dir");
        var seconds = args.Int("seconds", 3);
        if (!Directory.Exists(dir)) throw new ArgumentException($"--dir {dir}: no such directory");
        var classes = Directory.GetDirectories(dir).Order(StringComparer.Ordinal)
            .Select(d => (Name: Path.GetFileName(d), Files: Directory.GetFiles(d).Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).ToArray()))
            .ToList();
        if (args.Optional("text") is { } text) classes.Insert(0, ("flattened-text", Directory.GetFiles(text, "*.txt")));

        Console.WriteLine("| class | files | reports/s (one core) | ms per report |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, files) in classes)
        {
            var inputs = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
            foreach (var (file, bytes) in inputs) DocumentCheck.Run(file, bytes); // warm-up: JIT, regex, PdfPig
            var clock = Stopwatch.StartNew();
            long done = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
                foreach (var (file, bytes) in inputs)
                {
                    DocumentCheck.Run(file, bytes);
                    done++;
                }
            var perSecond = done / clock.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant.Format($"| {name} | {inputs.Length} | {perSecond:0} | {1000 / perSecond:0.000} |"));
        }
        return 0;
    }
}
