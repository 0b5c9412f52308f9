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

/// <summary>Opens a pooled connection and reads the report count: proves the file exists and has our schema.</summary>
public sealed class DatabaseHealthCheck(DisclosureDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var reports = await db.Reports.CountAsync(ct);
            return HealthCheckResult.Healthy($"{reports} reports");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
