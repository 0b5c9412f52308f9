using System.Collections.Concurrent;

namespace OpenDisclosure.Reliability;

/// <summary>What the run measured, per class (mutation kind or hostile-file class), and the verdicts.</summary>
public sealed class Figures
{
    public ConcurrentDictionary<string, ClassFigures> Classes { get; } = new();
    public List<string> Failures { get; } = [];
    /// <summary>/health latencies by the phase that was running (fuzz, hostile…).</summary>
    public Dictionary<string, List<double>> HealthMs { get; } = [];

    /// <summary>The phase running now, for the /health figures.</summary>
    public volatile string Phase = "start";
    public Dictionary<string, object> Values { get; } = [];

    public void Record(string phase, string cls, int status, double ms, string? problem = null)
    {
        var figures = Classes.GetOrAdd($"{phase}:{cls}", _ => new ClassFigures());
        lock (figures)
        {
            figures.Count++;
            figures.MaxMs = Math.Max(figures.MaxMs, ms);
            figures.TotalMs += ms;
            // A 503 of the burst is the designed answer to a full reader (Retry-After), not a server error.
            if (status >= 500 && !(status == 503 && phase == "burst")) figures.ServerErrors++;
            figures.Statuses[status] = figures.Statuses.GetValueOrDefault(status) + 1;
        }
        if (problem is not null) Fail($"{phase} {cls}: {problem}");
    }

    public void Fail(string message)
    {
        lock (Failures) Failures.Add(message);
    }
}

public sealed class ClassFigures
{
    public int Count { get; set; }
    public int ServerErrors { get; set; }
    public double MaxMs { get; set; }
    public double TotalMs { get; set; }
    public SortedDictionary<int, int> Statuses { get; } = [];
}
