using OpenDisclosure.Data.Store;

namespace OpenDisclosure.Api.Hosting;

/// <summary>
/// Runs SQLite's quick_check in the background and hands the result to <see cref="StoreHealth"/>, so readiness
/// reports a damaged database without scanning it per probe. A small database is checked at start-up; a large one
/// (whose check takes seconds of a core) first after one period, so start-up and the first minutes stay fast.
/// Setting: <c>Health:IntegrityCheckMinutes</c> (default 60; 0 turns the background check off).
/// </summary>
public sealed class IntegrityMonitor(StoreHealth health, IConfiguration configuration, ILogger<IntegrityMonitor> log) : BackgroundService
{
    /// <summary>Up to this size the check takes well under a second and runs at start-up.</summary>
    private const long SmallDatabaseBytes = 256L << 20;

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Runs a check now (one at a time) and records it.</summary>
    public async Task<IntegrityResult> CheckNowAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            var result = await Task.Run(() => StoreIntegrity.QuickCheck(health.DatabasePath), ct);
            health.RecordIntegrity(result);
            if (result.IsOk) log.LogInformation("Integrity check of {Path}: ok in {Seconds:0.0} s", health.DatabasePath, result.Took.TotalSeconds);
            else log.LogError("Integrity check of {Path} failed: {Problem}", health.DatabasePath, result.Problem);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Health:IntegrityCheckMinutes", 60.0);
        if (minutes <= 0) return;
        var period = TimeSpan.FromMinutes(minutes);
        var size = File.Exists(health.DatabasePath) ? new FileInfo(health.DatabasePath).Length : 0;
        try
        {
            if (size > SmallDatabaseBytes) await Task.Delay(period, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await CheckNowAsync(stoppingToken);
                await Task.Delay(period, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
