using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenDisclosure.Api.Hosting;

/// <summary>Limits for POST /validate (section <c>Validation</c> of the configuration).</summary>
public sealed class ValidationLimits
{
    public const string Section = "Validation";
    public const string RateLimitPolicy = "validate";

    /// <summary>Largest accepted body; larger ones get 413. Default 10 MB.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Requests per client IP per window. Default 30.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>The rate-limit window in seconds. Default 60.</summary>
    public int WindowSeconds { get; set; } = 60;
}

public static class ValidationLimitsSetup
{
    /// <summary>Binds <see cref="ValidationLimits"/> and adds the per-IP fixed-window policy for /validate.</summary>
    public static IServiceCollection AddValidationLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ValidationLimits>(configuration.GetSection(ValidationLimits.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = "POST /validate is rate-limited per client; retry later.",
                    },
                });
            };
            options.AddPolicy(ValidationLimits.RateLimitPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ValidationLimits>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }
}
