using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using OpenDisclosure.Api.Lists;

namespace OpenDisclosure.Api.Hosting;

/// <summary>One query parameter an endpoint declares: its name, its CLR type (nullable stripped) and its codes, if coded.</summary>
public sealed record QueryParameter(string Name, Type Type, CodesAttribute? Codes);

/// <summary>
/// The query parameters of an endpoint, read from its handler's signature: the <c>[FromQuery]</c> properties of its
/// <c>[AsParameters]</c> types (filters, <see cref="ListOptions"/>) and its own <c>[FromQuery]</c> parameters. The
/// same declarations bind the values and describe them in OpenAPI, so the check can never drift from either.
/// </summary>
public static class QueryParameters
{
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyDictionary<string, QueryParameter>> Cache = new();

    /// <summary>By name, case-insensitive (as ASP.NET Core binds query keys); empty for an endpoint without a handler method.</summary>
    public static IReadOnlyDictionary<string, QueryParameter> Of(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler ? Of(handler) : Empty;

    public static IReadOnlyDictionary<string, QueryParameter> Of(MethodInfo handler) => Cache.GetOrAdd(handler, Read);

    private static readonly IReadOnlyDictionary<string, QueryParameter> Empty = new Dictionary<string, QueryParameter>();

    private static IReadOnlyDictionary<string, QueryParameter> Read(MethodInfo handler)
    {
        var declared = new Dictionary<string, QueryParameter>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                    if (property.GetCustomAttribute<FromQueryAttribute>() is { } query)
                        Add(declared, query.Name ?? property.Name, property.PropertyType, property.GetCustomAttribute<CodesAttribute>());
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
                Add(declared, query.Name ?? parameter.Name!, parameter.ParameterType, parameter.GetCustomAttribute<CodesAttribute>());
        }
        return declared;
    }

    private static void Add(Dictionary<string, QueryParameter> declared, string name, Type type, CodesAttribute? codes) =>
        declared.Add(name, new QueryParameter(name, Nullable.GetUnderlyingType(type) ?? type, codes));
}
