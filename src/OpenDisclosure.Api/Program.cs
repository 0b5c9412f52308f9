using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Api.Web;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Store;

var builder = WebApplication.CreateBuilder(args);

// Paths are read from the built configuration (not here) so test hosts and env vars can override them.
builder.Services.AddSingleton(sp => AppPaths.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
builder.Services.AddDbContextPool<DisclosureDb>((sp, options) => DisclosureDbFactory
    .Configure(options, sp.GetRequiredService<AppPaths>().Database)
    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
builder.Services.AddSingleton<ReadConnections>();
builder.Services.AddSingleton(sp => ProfileCatalog.From(sp.GetRequiredService<AppPaths>()));
builder.Services.AddSingleton<ImportCache>();
builder.Services.ConfigureHttpJsonOptions(options => ContractJson.Apply(options.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<StoreHealth>();
builder.Services.AddSingleton<IntegrityMonitor>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<IntegrityMonitor>());
// First: it only watches for a damaged database and lets the next handler answer.
builder.Services.AddExceptionHandler<StoreFaultObserver>();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddValidationLimits(builder.Configuration);
builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
builder.Services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [HealthApi.ReadyTag]);
builder.Services.AddApiDocumentation();
builder.Services.AddWebPages();

var app = builder.Build();

var paths = app.Services.GetRequiredService<AppPaths>();
try
{
    await DatabaseBootstrap.EnsureReadyAsync(paths.Database, paths.Reports, app.Logger);
}
catch (StoreException e)
{
    // A file the store must not touch (or cannot write): say which and why, and stop without a crash dump.
    app.Logger.LogCritical("Not starting: {Reason}", e.Message);
    return 1;
}

app.UseNoSniff();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseMiddleware<QueryCheck>();
app.UseApiDocumentation();

var api = app.MapGroup("/api/v1").WithMetadata(new CheckedQueryMetadata());
api.MapAgenciesApi();
api.MapYearsApi();
api.MapReportsApi();
api.MapProactiveDisclosureApi();
api.MapRequestOutcomesApi();
api.MapReviewsLitigationApi();
api.MapFindingsApi();
api.MapCodelistsApi();
api.MapValidateApi();
api.MapRulesApi();
api.MapComplianceApi();
api.MapCoverageApi();
api.MapOutcomeStatsApi();
api.MapSimilarityApi();
app.MapHealthApi();
app.MapWebPages();

app.Run();
return 0;

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
