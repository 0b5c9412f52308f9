using Microsoft.AspNetCore.Mvc;

namespace OpenDisclosure.Api.Apis;

/// <summary>The <c>profile=</c> query parameter of an endpoint that scores one report (POST /validate), declared here so
/// the query check and OpenAPI know it.</summary>
public sealed record ProfileQuery
{
    /// <summary>Scoring profile id (GET /compliance/profiles); default: <c>default</c>.</summary>
    /// <example>city-grid</example>
    [FromQuery(Name = "profile")] public string? Profile { get; init; }
}
