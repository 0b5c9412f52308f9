using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenDisclosure.Data;

namespace OpenDisclosure.Api.Apis;

/// <summary>GET /health for probes: healthy when the database answers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}

/// <summary>
/// Opens a pooled connection and asks whether any report is stored: proves the file exists and has our schema.
/// O(1) on purpose: a probe must not cost more as the corpus grows (COUNT(*) scanned an index of every report).
/// </summary>
public sealed class DatabaseHealthCheck(DisclosureDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var loaded = await db.Reports.AnyAsync(ct);
            return HealthCheckResult.Healthy(loaded ? "reports loaded" : "no reports loaded yet");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
