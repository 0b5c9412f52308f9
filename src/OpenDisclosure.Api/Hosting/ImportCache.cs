using System.Collections.Concurrent;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Stats;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Whole-corpus aggregates kept until the next import (<see cref="ImportVersion"/>): adding up 100,000 reports cost
/// 20–60 ms of CPU per request, which under 64 connections made them the slowest lists by far, while the answer only
/// changes when reports are loaded. Only small answers go here (a few per year), so memory stays bounded.
/// </summary>
public sealed class ImportCache
{
    private readonly ConcurrentDictionary<string, (string Version, object Value)> _entries = new();

    public async Task<T> GetAsync<T>(string key, DisclosureDb db, Func<Task<T>> compute, CancellationToken ct) where T : notnull
    {
        var version = await ImportVersion.ReadAsync(db, ct);
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version) return (T)entry.Value;
        var value = await compute();
        _entries[key] = (version, value);
        return value;
    }
}
