using System.Text.RegularExpressions;

namespace OpenDisclosure.Bench;

/// <summary>
/// <c>wrk-summary --file F</c>: reads the output of <c>wrk --latency</c> and prints
/// <c>rps=… p50_ms=… p99_ms=… requests=… non2xx=… socket_errors=…</c> for run.sh to record.
/// Exit 1 when the output has no figures (wrk failed) or more than 1 % of responses were not 2xx.
/// </summary>
public static partial class WrkSummaryCommand
{
    public static int Run(Args args)
    {
        var file = args.Required("file");
        var summary = WrkOutput.Parse(File.ReadAllText(file));
        if (summary is null)
        {
            Console.Error.WriteLine($"{file}: not wrk --latency output (no Requests/sec or 99% line)");
            return 1;
        }
        Console.WriteLine(Invariant.Format(
            $"rps={summary.RequestsPerSecond:0.0} p50_ms={summary.P50Ms:0.000} p99_ms={summary.P99Ms:0.000} requests={summary.Requests} non2xx={summary.Non2xx} socket_errors={summary.SocketErrors}"));
        // More than 1 % errors means the harness or the API is broken, not slow.
        return summary.Requests > 0 && summary.Non2xx * 100 <= summary.Requests ? 0 : 1;
    }
}

public sealed record WrkSummary(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors);

public static partial class WrkOutput
{
    public static WrkSummary? Parse(string text)
    {
        var rps = RequestsPerSecond().Match(text);
        var p50 = Percentile(text, "50");
        var p99 = Percentile(text, "99");
        var requests = RequestCount().Match(text);
        if (!rps.Success || p50 is null || p99 is null || !requests.Success) return null;

        Invariant.TryDouble(rps.Groups[1].Value, out var perSecond);
        var non2xx = Non2xx().Match(text) is { Success: true } n ? long.Parse(n.Groups[1].Value) : 0;
        var errors = SocketErrors().Match(text) is { Success: true } e
            ? e.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value))
            : 0;
        return new WrkSummary(perSecond, p50.Value, p99.Value, long.Parse(requests.Groups[1].Value), non2xx, errors);
    }

    private static double? Percentile(string text, string percent)
    {
        var m = Regex.Match(text, @"^\s*" + percent + @"(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!m.Success || !Invariant.TryDouble(m.Groups[1].Value, out var value)) return null;
        return m.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in ")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
