using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using OpenDisclosure.Api.Lists;

namespace OpenDisclosure.Api.Hosting;

/// <summary>Marks the endpoints whose query string <see cref="QueryCheck"/> holds to their declared parameters (/api/v1).</summary>
public sealed record CheckedQueryMetadata;

/// <summary>
/// Holds every /api/v1 request's query string to the endpoint's declared parameters (<see cref="QueryParameters"/>)
/// before anything is bound, so every bad parameter gets the same problem shape (<c>errors.&lt;name&gt;</c>, a sentence a
/// person understands) instead of a binder message or, worse, silence:
/// an unknown name (<c>sort=-denied</c> on a list without sort, <c>year__gte=2024</c>), a name given twice, a value
/// that is not a whole number or true/false, a code outside its list (any letter case is accepted and handed on in the
/// canonical spelling), an output <c>format</c> the endpoint cannot write (406). Middleware rather than an endpoint
/// filter because binding, which fails on <c>year=abc</c>, runs before endpoint filters.
/// </summary>
public sealed class QueryCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<CheckedQueryMetadata>() is null || http.Request.Query.Count == 0) return next(http);

        var declared = QueryParameters.Of(endpoint);
        var errors = new Dictionary<string, string[]>();
        Dictionary<string, StringValues>? canonical = null;
        foreach (var (name, values) in http.Request.Query)
        {
            // Every endpoint answers format=json; the list endpoints also csv. Anything else is 406, not 400.
            if (string.Equals(name, "format", StringComparison.OrdinalIgnoreCase) && values.Count == 1)
            {
                if (Format(endpoint, values.ToString()) is { } notAcceptable) return notAcceptable.ExecuteAsync(http);
                continue;
            }
            if (!declared.TryGetValue(name, out var parameter))
            {
                errors[name] = [Unknown(name, declared)];
                continue;
            }
            if (values.Count > 1)
            {
                errors[parameter.Name] = [$"{parameter.Name} is given {values.Count} times; give it once (one value per parameter)."];
                continue;
            }
            var value = values.ToString();
            // An empty value binds as "not given" (year= is no year filter), as it always has.
            if (value.Length == 0) continue;
            if (Problem(parameter, value) is { } message)
            {
                errors[parameter.Name] = [message];
                continue;
            }
            if (parameter.Codes?.Canonical(value) is { } code && code != value)
                (canonical ??= http.Request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase))[name] = code;
        }
        if (errors.Count > 0) return Problems.BadParameters(errors).ExecuteAsync(http);
        if (canonical is not null) http.Request.Query = new QueryCollection(canonical);
        return next(http);
    }

    private static string Unknown(string name, IReadOnlyDictionary<string, QueryParameter> declared) =>
        declared.Count == 0
            ? $"'{name}' is not a parameter of this endpoint, which takes none."
            : $"'{name}' is not a parameter of this endpoint; it takes {string.Join(", ", declared.Values.Select(p => p.Name))}.";

    /// <summary>Why the value does not fit the parameter, or null when it does.</summary>
    private static string? Problem(QueryParameter parameter, string value)
    {
        if (parameter.Codes is { } codes)
            return codes.Canonical(value) is null
                ? $"{parameter.Name} '{value}' is not one of {string.Join(", ", codes.Values.Take(12))}{(codes.Values.Count > 12 ? ", … (see /api/v1/codelists)" : "")}."
                : null;
        if (parameter.Type == typeof(int))
            return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null : $"{parameter.Name} must be a whole number, e.g. {parameter.Name}={Example(parameter.Name)}; '{value}' is not.";
        if (parameter.Type == typeof(bool))
            return bool.TryParse(value, out _) ? null : $"{parameter.Name} must be true or false; '{value}' is neither.";
        return null;
    }

    private static string Example(string name) => name switch { "year" => "2024", "limit" => "100", _ => "4" };

    /// <summary>json everywhere, csv where the endpoint can stream it (<see cref="CsvExportMetadata"/>); else 406.</summary>
    private static ProblemHttpResult? Format(Endpoint endpoint, string format)
    {
        if (format.Length == 0) return null;
        var csv = endpoint.Metadata.GetMetadata<CsvExportMetadata>() is not null;
        return string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            || csv && string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? null
            : Problems.NotAcceptable(format, csv ? "json or csv" : "json");
    }
}
