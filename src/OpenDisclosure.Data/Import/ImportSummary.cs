using System.Text;

namespace OpenDisclosure.Data.Import;

/// <summary>A file that was not stored, with the line the problem was found on (0 when it concerns the whole file).</summary>
public sealed record ImportFailure(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>What one import run did.</summary>
public sealed class ImportSummary
{
    public int FilesSeen { get; set; }
    public int Loaded { get; set; }
    public int Replaced { get; set; }
    public int Unchanged { get; set; }
    public List<ImportFailure> Failed { get; } = [];

    /// <summary>Agencies in the database after the run.</summary>
    public int Agencies { get; set; }

    /// <summary>Findings of the reports stored in this run (loaded or replaced), by severity code.</summary>
    public SortedDictionary<string, int> FindingsBySeverity { get; } = new(StringComparer.Ordinal);

    public TimeSpan Elapsed { get; set; }

    /// <summary>Wall time the single writer spent storing batches (while it waits, the workers are still parsing).</summary>
    public TimeSpan StoreTime { get; set; }

    /// <summary>CPU time of the writer thread within <see cref="StoreTime"/> (zero where the OS does not tell).</summary>
    public TimeSpan StoreCpuTime { get; set; }

    /// <summary>Part of <see cref="Elapsed"/>: rebuilding the secondary indexes a bulk load dropped.</summary>
    public TimeSpan IndexTime { get; set; }

    /// <summary>Part of <see cref="Elapsed"/>: the cross-year checks, counts and scores after the load.</summary>
    public TimeSpan CrossYearTime { get; set; }

    /// <summary>Part of <see cref="Elapsed"/>: the similarity pass (内容雷同) after the cross-year one.</summary>
    public TimeSpan SimilarityTime { get; set; }

    /// <summary>Files handled per second, whatever their outcome.</summary>
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? FilesSeen / Elapsed.TotalSeconds : 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"files: {FilesSeen}");
        text.AppendLine($"reports: {Loaded} loaded, {Replaced} replaced, {Unchanged} unchanged, {Failed.Count} failed");
        text.AppendLine($"agencies: {Agencies}");
        var findings = string.Join(", ", new[] { "error", "warning", "info" }
            .Select(s => $"{FindingsBySeverity.GetValueOrDefault(s)} {s}"));
        text.AppendLine($"findings: {findings}");
        text.Append($"elapsed: {Elapsed.TotalSeconds:0.00} s ({FilesPerSecond:0} reports/s; storing {StoreTime.TotalSeconds:0.00} s (CPU {StoreCpuTime.TotalSeconds:0.00} s), " +
            $"indexes {IndexTime.TotalSeconds:0.00} s, cross-year {CrossYearTime.TotalSeconds:0.00} s, similarity {SimilarityTime.TotalSeconds:0.00} s)");
        return text.ToString();
    }
}
