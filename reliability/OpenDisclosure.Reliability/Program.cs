using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenDisclosure.Reliability;

// od-reliability: issue 17's reliability suite against a real server and the real CLI. Sends mutated reports,
// hostile files and malformed bodies to POST /validate while watching /health and the server's memory, then runs
// od-seed check and seed batches over the same mutants. Prints figures per class; exit 1 when any check failed.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var ci = args.Contains("--ci");
var mutations = Option("--mutations") is { } m ? int.Parse(m) : ci ? 600 : 5000;
var rounds = ci ? 1 : 3;
var root = Path.GetFullPath(Option("--root") ?? ".");
var output = Path.GetFullPath(Option("--out") ?? Path.Combine(root, "reliability", "out"));
var configuration = Option("--configuration") ?? "Release";
const double RssTargetMb = 300, HealthTargetMs = 100;
var budget = TimeSpan.FromSeconds(20); // Validation:ReadTimeoutSeconds default

var scratch = Directory.CreateDirectory(Path.Combine(output, "scratch")).FullName;
foreach (var old in Directory.GetFileSystemEntries(scratch)) { if (Directory.Exists(old)) Directory.Delete(old, true); else File.Delete(old); }
var seeds = Directory.GetFiles(Path.Combine(root, "data", "reports"), "*.txt").Order().Select(File.ReadAllBytes).ToArray();
var figures = new Figures();
var clock = Stopwatch.StartNew();
Console.WriteLine($"reliability: {mutations} mutated reports, {OpenDisclosure.Testing.HostileFiles.All().Count()} hostile classes × {rounds}, "
    + $"{OpenDisclosure.Testing.HostileFiles.BadBodies().Count()} malformed bodies ({(ci ? "CI size" : "full size")})");

var api = Path.Combine(root, "src", "OpenDisclosure.Api", "bin", configuration, "net10.0");
using (var server = await Server.Start(api, Path.Combine(root, "data", "reports"), Path.Combine(scratch, "api.db")))
{
    var http = new HttpPhases(server, figures);
    await http.Fuzz(seeds, seeds.Length * 2, 1); // warm-up: every code path jitted before the baseline
    figures.Classes.Clear();
    var (startRss, _) = server.Memory();
    using var stopHealth = new CancellationTokenSource();
    var health = http.WatchHealth(stopHealth.Token);
    figures.Phase = "fuzz";
    await http.Fuzz(seeds, mutations, parallel: 2);
    figures.Phase = "hostile";
    await http.Hostile(rounds, budget);
    await http.BadBodies();
    figures.Phase = "burst";
    await http.Burst(8);
    await stopHealth.CancelAsync();
    await health;
    var (endRss, peak) = server.Memory();
    figures.Values["server.rss_start_mb"] = Math.Round(startRss, 1);
    figures.Values["server.rss_end_mb"] = Math.Round(endRss, 1);
    figures.Values["server.rss_peak_mb"] = Math.Round(peak, 1);
    figures.Values["server.rss_growth_mb"] = Math.Round(peak - startRss, 1);
    if (peak - startRss > RssTargetMb) figures.Fail($"server RSS grew {peak - startRss:0} MB (target under {RssTargetMb} MB)");
}

var cli = new CliPhases(Path.Combine(root, "src", "OpenDisclosure.Seeder", "bin", configuration, "net10.0", "od-seed.dll"), scratch, figures);
var mutants = cli.WriteMutants(seeds, mutations, perFolder: ci ? 200 : 250);
foreach (var batch in Directory.GetDirectories(mutants).Order()) await cli.Check(batch, "mutants");
await cli.Check(cli.WriteHostile(), "hostile");
await cli.Seed(mutants, Path.Combine(scratch, "seed.db"));

// Figures.
Console.WriteLine();
Console.WriteLine($"{"phase:class",-36} {"n",6} {"5xx",5} {"max ms",9} {"mean ms",9}  statuses (or exit codes)");
foreach (var (name, f) in figures.Classes.OrderBy(c => c.Key))
    Console.WriteLine($"{name,-36} {f.Count,6} {f.ServerErrors,5} {f.MaxMs,9:0} {f.TotalMs / f.Count,9:0}  "
        + string.Join(" ", f.Statuses.Select(s => $"{s.Key}×{s.Value}")));
var http5xx = figures.Classes.Where(c => !c.Key.StartsWith("check") && !c.Key.StartsWith("seed")).Sum(c => c.Value.ServerErrors);
figures.Values["http.5xx"] = http5xx;
foreach (var (phase, samples) in figures.HealthMs)
{
    var sorted = samples.Order().ToList();
    double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    figures.Values[$"health.{phase}.samples"] = sorted.Count;
    figures.Values[$"health.{phase}.p50_ms"] = Math.Round(Percentile(0.5), 1);
    figures.Values[$"health.{phase}.p99_ms"] = Math.Round(Percentile(0.99), 1);
    figures.Values[$"health.{phase}.max_ms"] = Math.Round(sorted[^1], 1);
}
figures.Values["failures"] = figures.Failures.Count;
figures.Values["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1);
Console.WriteLine();
Console.WriteLine($"HTTP 5xx: {http5xx} (the burst's 503 + Retry-After answers to a full reader are by design, not counted)");
Console.WriteLine($"server RSS: start {figures.Values["server.rss_start_mb"]} MB, end {figures.Values["server.rss_end_mb"]} MB, "
    + $"peak {figures.Values["server.rss_peak_mb"]} MB, growth {figures.Values["server.rss_growth_mb"]} MB (target < {RssTargetMb} MB)");
foreach (var phase in figures.HealthMs.Keys)
    Console.WriteLine($"/health during {phase}: {figures.Values[$"health.{phase}.samples"]} probes, p50 {figures.Values[$"health.{phase}.p50_ms"]} ms, "
        + $"p99 {figures.Values[$"health.{phase}.p99_ms"]} ms, max {figures.Values[$"health.{phase}.max_ms"]} ms (target < {HealthTargetMs} ms"
        + $"{((double)figures.Values[$"health.{phase}.p99_ms"] < HealthTargetMs ? "" : ": MISSED at p99")})");
Console.WriteLine($"od-seed seed: {figures.Values["seed.batches"]} batches, {figures.Values["seed.aborted_batches"]} aborted");
Console.WriteLine($"failures: {figures.Failures.Count}; {clock.Elapsed.TotalSeconds:0} s in all");
foreach (var failure in figures.Failures.Take(30)) Console.WriteLine("  FAIL " + failure);
File.WriteAllText(Path.Combine(output, "results.json"), JsonSerializer.Serialize(new
{
    figures.Values,
    classes = figures.Classes.ToDictionary(c => c.Key, c => new { c.Value.Count, c.Value.ServerErrors, MaxMs = Math.Round(c.Value.MaxMs), c.Value.Statuses }),
    failures = figures.Failures,
}, new JsonSerializerOptions { WriteIndented = true }));
return figures.Failures.Count == 0 && http5xx == 0 ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
