using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Reliability;

/// <summary>What is sent to the running server: mutated reports, hostile files, bad bodies; and /health meanwhile.</summary>
public sealed class HttpPhases(Server server, Figures figures)
{
    private readonly HttpClient _client = new() { BaseAddress = server.Base, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>Mutated reports through POST /validate, <paramref name="parallel"/> at a time: every one must get 200.</summary>
    public async Task Fuzz(IReadOnlyList<byte[]> seeds, int count, int parallel)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            int seed;
            while ((seed = Interlocked.Increment(ref next)) < count)
            {
                var mutation = ReportMutator.Mutate(seeds, seed);
                var content = new ByteArrayContent(mutation.Bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                var (status, ms, error) = await Post(content);
                figures.Record("fuzz", mutation.Kind, status, ms,
                    error ?? (status == 200 ? null : $"seed {seed}: HTTP {status}"));
            }
        }));
    }

    /// <summary>Each hostile file <paramref name="rounds"/> times, one at a time: 200 with its finding, within the budget.</summary>
    public async Task Hostile(int rounds, TimeSpan budget)
    {
        foreach (var file in HostileFiles.All())
            for (var round = 0; round < rounds; round++)
            {
                var form = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.FileName } };
                var (status, ms, error) = await Post(form, body =>
                    file.ExpectedRule is { } rule && !HasFinding(body, rule) ? $"no {rule} finding" : null);
                figures.Record("hostile", file.Class, status, ms, error
                    ?? (status != 200 ? $"HTTP {status}" : ms > budget.TotalMilliseconds ? $"{ms:0} ms, over the {budget.TotalSeconds} s budget" : null));
            }
    }

    /// <summary>Expensive files all at once: every answer is 200 or 503 (the reader's slots are full), never a 500.</summary>
    public async Task Burst(int concurrent)
    {
        var bomb = HostileFiles.All().First(f => f.Class == "docx_vmerge");
        await Task.WhenAll(Enumerable.Range(0, concurrent).Select(async _ =>
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(bomb.Bytes), "file", bomb.FileName } };
            var (status, ms, error) = await Post(form);
            figures.Record("burst", "docx_x" + concurrent, status, ms, error ?? (status is 200 or 503 ? null : $"HTTP {status}"));
        }));
    }

    public async Task BadBodies()
    {
        foreach (var (name, contentType, body, expected) in HostileFiles.BadBodies())
        {
            var content = new ByteArrayContent(body);
            if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var (status, ms, error) = await Post(content);
            figures.Record("bad_body", name, status, ms, error ?? (status == expected ? null : $"HTTP {status}, expected {expected}"));
        }
    }

    /// <summary>GET /health every 100 ms until <paramref name="stop"/>; latencies go to the figures.</summary>
    public async Task WatchHealth(CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = server.Base, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync("/health", CancellationToken.None);
                lock (figures.HealthMs)
                {
                    if (!figures.HealthMs.TryGetValue(figures.Phase, out var list)) figures.HealthMs[figures.Phase] = list = [];
                    list.Add(clock.Elapsed.TotalMilliseconds);
                }
                if (response.StatusCode != HttpStatusCode.OK) figures.Fail($"/health answered {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                figures.Fail($"/health failed: {e.Message}");
            }
            try { await Task.Delay(100, stop); } catch (TaskCanceledException) { }
        }
    }

    private static bool HasFinding(string body, string rule) =>
        System.Text.Json.Nodes.JsonNode.Parse(body)?["findings"]?.AsArray().Any(f => (string?)f?["rule"] == rule) == true;

    private async Task<(int Status, double Ms, string? Error)> Post(HttpContent content, Func<string, string?>? checkBody = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _client.PostAsync("/api/v1/validate", content);
            var body = await response.Content.ReadAsStringAsync();
            var ms = clock.Elapsed.TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (body.Contains("   at ", StringComparison.Ordinal)) return (status, ms, "a stack trace in the body");
            return (status, ms, status == 200 ? checkBody?.Invoke(body) : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, clock.Elapsed.TotalMilliseconds, $"no answer: {e.GetType().Name}: {e.Message}");
        }
    }
}
