using System.Text.Json;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>report --raw FILE --json FILE</c>: turns run.sh's raw figures into the printed table (targets and pass/miss
/// beside each figure) and the same lines as JSON. Targets are goals: a miss never changes the exit code.
/// </summary>
public static class ReportCommand
{
    /// <summary>The query endpoints, as run.sh names them, and how they are shown.</summary>
    public static readonly (string Key, string Shown)[] Endpoints =
    [
        ("outcomes", "GET /api/v1/request-outcomes?year&agency"),
        ("findings", "GET /api/v1/findings?year"),
        ("agencies", "GET /api/v1/agencies?q"),
    ];

    public static int Run(Args args)
    {
        var figures = Figures.Load(args.Required("raw"));
        var lines = Lines(figures).ToList();
        Console.Write(TableText.Render(figures, lines));
        if (args.Optional("json") is { } json)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
            File.WriteAllText(json, JsonSerializer.Serialize(new
            {
                run = figures.All.Where(kv => !kv.Key.Contains('.')).ToDictionary(),
                raw = figures.All.Where(kv => kv.Key.Contains('.')).ToDictionary(),
                results = lines.Select(l => new
                {
                    step = l.Step, measure = l.Measure, value = l.Value, unit = l.Unit,
                    target = l.Target, verdict = l.Verdict.ToString().ToLowerInvariant(), note = l.Note,
                }),
            }, new JsonSerializerOptions { WriteIndented = true }));
        }
        return 0;
    }

    public static IEnumerable<ResultLine> Lines(Figures f)
    {
        var reports = f.Number("reports");
        var seed = Figures.Ratio(reports, f.Number("ingest.seed_s"));
        var parse = Figures.Ratio(reports, f.Number("ingest.parse_s"));
        var import = Figures.Ratio(reports, f.Number("ingest.import_s"));
        yield return ResultLine.AtLeast("ingest", "od-seed seed, end to end", seed, "reports/s", 5000, PeakRss(f, "ingest.seed_rss_kb"));
        yield return ResultLine.Info("ingest", "  of which the single writer", f.Number("ingest.store_s"), "s",
            Invariant.Format($"its CPU {ResultLine.Show(f.Number("ingest.store_cpu_s") ?? 0)} s (it waits for the parsers); then indexes {ResultLine.Show(f.Number("ingest.index_s") ?? 0)} s, cross-year {ResultLine.Show(f.Number("ingest.crossyear_s") ?? 0)} s"));
        yield return ResultLine.Info("ingest", "parse + validate only", parse, "reports/s", "no store");
        yield return ResultLine.Info("ingest", "sqlite3 .import of the same rows", import, "reports/s",
            Invariant.Format($"{ResultLine.Show(Figures.Ratio(f.Number("ingest.import_rows"), f.Number("ingest.import_s")) ?? 0)} rows/s, the limit"));
        yield return ResultLine.Info("ingest", "seed / sqlite3 limit", Figures.Ratio(seed, import), "x");
        if (f.Number("ingest.large_reports") is { } large)
            yield return ResultLine.AtLeast("ingest", Invariant.Format($"od-seed seed of {large:#,0} reports (--large)"),
                Figures.Ratio(large, f.Number("ingest.large_seed_s")), "reports/s", 5000, PeakRss(f, "ingest.large_seed_rss_kb"));

        var health = f.Number("query.health.rps");
        yield return ResultLine.Info("query", "GET /health (the limit)", health, "req/s", Latencies(f, "query.health"));
        foreach (var (key, shown) in Endpoints)
        {
            var rps = f.Number($"query.{key}.rps");
            yield return ResultLine.Info("query", shown, rps, "req/s", Latencies(f, $"query.{key}"));
            yield return ResultLine.AtMost("query", "  p99", f.Number($"query.{key}.p99_ms"), "ms", 20);
            yield return ResultLine.AtLeast("query", "  share of /health", Percent(Figures.Ratio(rps, health)), "%", 30);
        }

        var httpMbs = Figures.Ratio(f.Number("export.http_bytes") / 1e6, f.Number("export.http_s"));
        var sqliteMbs = Figures.Ratio(f.Number("export.sqlite_bytes") / 1e6, f.Number("export.sqlite_s"));
        var rows = f.Number("export.rows");
        yield return ResultLine.Info("export", "HTTP CSV, all request outcomes", httpMbs, "MB/s",
            Invariant.Format($"{ResultLine.Show(Figures.Ratio(rows, f.Number("export.http_s")) ?? 0)} rows/s; first (cold) export {ResultLine.Show(f.Number("export.http_cold_s") ?? 0)} s"));
        yield return ResultLine.Info("export", "sqlite3 -csv, same rows", sqliteMbs, "MB/s",
            Invariant.Format($"{ResultLine.Show(Figures.Ratio(rows, f.Number("export.sqlite_s")) ?? 0)} rows/s"));
        // Same rows on both sides, so compare time (rows/s): the two CSVs need not have identical column text.
        yield return ResultLine.AtLeast("export", "  HTTP / sqlite3 (rows/s)",
            Percent(Figures.Ratio(f.Number("export.sqlite_s"), f.Number("export.http_s"))), "%", 50);
        yield return ResultLine.Below("export", "  server RSS growth during export",
            Figures.Ratio(f.Number("export.rss_peak_kb") - f.Number("export.rss_before_kb"), 1024), "MB", 50,
            Invariant.Format($"VmHWM {ResultLine.Show((f.Number("export.hwm_after_kb") ?? 0) / 1024)} MB after"));

        var sizes = (f.Text("growth.sizes") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var size in sizes)
            yield return ResultLine.Info("growth", $"filtered query p99 at {size} reports", f.Number($"growth.{size}.p99_ms"), "ms");
        for (var i = 1; i < sizes.Length; i++)
            yield return ResultLine.AtMost("growth", $"  p99 ratio {sizes[i]} / {sizes[i - 1]}",
                Figures.Ratio(f.Number($"growth.{sizes[i]}.p99_ms"), f.Number($"growth.{sizes[i - 1]}.p99_ms")), "x", 1.5);
    }

    private static double? Percent(double? ratio) => ratio * 100;

    private static string PeakRss(Figures f, string key) =>
        f.Number(key) is { } kb ? Invariant.Format($"peak RSS {ResultLine.Show(kb / 1024)} MB") : "";

    private static string Latencies(Figures f, string prefix) =>
        f.Number(prefix + ".p50_ms") is { } p50 && f.Number(prefix + ".p99_ms") is { } p99
            ? Invariant.Format($"p50 {ResultLine.Show(p50)} ms, p99 {ResultLine.Show(p99)} ms")
            : "";
}
