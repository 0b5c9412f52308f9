using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenDisclosure.Api.Hosting;

namespace OpenDisclosure.Api.Apis;

/// <summary>
/// Probes. <c>/health/live</c>: the process answers (no store access, for restarts). <c>/health/ready</c>, and
/// <c>/health</c> which means the same: the store is ours, current, complete (no unfinished import) and not known to
/// be damaged (background integrity check, errors met by requests); 503 otherwise, with the reasons.
/// </summary>
public static class HealthApi
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJson };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
        return app;
    }

    private static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

/// <summary>Readiness of the store, from what <see cref="StoreHealth"/> keeps: O(1) per probe.</summary>
public sealed class StoreReadinessCheck(StoreHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var problems = health.Problems();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy(health.Summary())
            : HealthCheckResult.Unhealthy(string.Join(" | ", problems)));
    }
}
