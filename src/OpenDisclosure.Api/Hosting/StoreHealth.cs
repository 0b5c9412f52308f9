using Microsoft.Data.Sqlite;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// What readiness knows about the store, kept so a probe costs O(1): the store's status (mark, schema version,
/// unfinished imports: a few meta reads, at most once a second), the last background integrity check, and any
/// request that met a damaged page since.
/// </summary>
public sealed class StoreHealth(AppPaths paths)
{
    /// <summary>Probes within this interval share one status read.</summary>
    private const long StatusAgeMs = 1000;

    private readonly Lock _gate = new();
    private (long AtMs, string? Problem) _status = (long.MinValue / 2, null);
    private volatile IntegrityResult? _integrity;
    private volatile string? _fault;

    public string DatabasePath => paths.Database;

    public IntegrityResult? LastIntegrityCheck => _integrity;

    /// <summary>Problems that make the store not ready; empty when it is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (StatusProblem() is { } status) problems.Add(status);
        if (_integrity is { IsOk: false } failed)
            problems.Add($"integrity check of {failed.CheckedUtc:yyyy-MM-dd HH:mm:ss} UTC failed: {failed.Problem}");
        if (_fault is { } fault) problems.Add($"a request met a damaged database: {fault}");
        return problems;
    }

    /// <summary>One sentence for a healthy store: what was last checked.</summary>
    public string Summary() => _integrity is { } ok
        ? $"store complete; integrity ok at {ok.CheckedUtc:yyyy-MM-dd HH:mm:ss} UTC ({ok.Took.TotalSeconds:0.0} s)"
        : "store complete; integrity check not run yet";

    public void RecordIntegrity(IntegrityResult result)
    {
        _integrity = result;
        // A full check that passed after the fault was seen speaks for the whole file again.
        if (result.IsOk) _fault = null;
    }

    /// <summary>Called for an error a request met: SQLITE_CORRUPT or SQLITE_NOTADB marks the store damaged.</summary>
    public void Observe(Exception error)
    {
        if (StoreFailures.ProblemOf(error) == StoreProblem.Damaged) _fault = error.Message;
    }

    private string? StatusProblem()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (now - _status.AtMs < StatusAgeMs) return _status.Problem;
            _status = (now, ReadStatus());
            return _status.Problem;
        }
    }

    private string? ReadStatus()
    {
        try
        {
            var status = StoreStatus.Read(paths.Database, TimeSpan.FromMilliseconds(200));
            return status.IsComplete ? null : string.Join("; ", status.Problems());
        }
        catch (Exception e) when (e is SqliteException or IOException)
        {
            return $"{paths.Database} cannot be read: {e.Message}";
        }
    }
}
