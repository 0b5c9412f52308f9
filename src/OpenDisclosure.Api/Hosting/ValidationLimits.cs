using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OpenDisclosure.Formats;

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

    /// <summary>Time budget of reading and checking one document; past it the answer is a format.read_timeout finding.
    /// Default 20.</summary>
    public int ReadTimeoutSeconds { get; set; } = 20;

    /// <summary>PDF, DOCX and HTML documents read at once (they cost CPU and memory); one more gets 503 with
    /// Retry-After. Default 2, the cores of the reference machine.</summary>
    public int MaxConcurrentReads { get; set; } = 2;

    /// <summary>The Retry-After of that 503, in seconds. Default 5.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}

public static class ValidationLimitsSetup
{
    /// <summary>Binds <see cref="ValidationLimits"/> and adds the per-IP fixed-window policy for /validate.</summary>
    public static IServiceCollection AddValidationLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ValidationLimits>(configuration.GetSection(ValidationLimits.Section));
        // The document size limits (MaxDocxDecompressedBytes, MaxTableCells, MaxPdfPages…) are read from the same
        // section under their ReadLimits names, so a finding's "(MaxTableCells)" is also the setting to change.
        services.AddSingleton(sp =>
        {
            var section = sp.GetRequiredService<IConfiguration>().GetSection(ValidationLimits.Section);
            var limits = section.Get<ReadLimits>() ?? ReadLimits.Default;
            var seconds = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ValidationLimits>>().Value.ReadTimeoutSeconds;
            return limits with { Timeout = TimeSpan.FromSeconds(seconds) };
        });
        services.AddSingleton<ExpensiveReads>();
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
