using Microsoft.EntityFrameworkCore;
using OpenDisclosure.Api.Apis;
using OpenDisclosure.Api.Hosting;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Data;
using OpenDisclosure.Data.Contracts;

var builder = WebApplication.CreateBuilder(args);

// Paths are read from the built configuration (not here) so test hosts and env vars can override them.
builder.Services.AddSingleton(sp => AppPaths.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
builder.Services.AddDbContextPool<DisclosureDb>((sp, options) => DisclosureDbFactory
    .Configure(options, sp.GetRequiredService<AppPaths>().Database)
    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
builder.Services.AddSingleton<ReadConnections>();
builder.Services.AddSingleton<ImportCache>();
builder.Services.ConfigureHttpJsonOptions(options => ContractJson.Apply(options.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddValidationLimits(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddApiDocumentation();

var app = builder.Build();

var paths = app.Services.GetRequiredService<AppPaths>();
await DatabaseBootstrap.EnsureReadyAsync(paths.Database, paths.Reports, app.Logger);

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
app.MapHealthApi();

app.Run();

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
