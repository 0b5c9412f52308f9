using Microsoft.AspNetCore.Mvc;

namespace OpenDisclosure.Api.Lists;

/// <summary>Paging and output parameters shared by every list endpoint.</summary>
public sealed class ListOptions
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Items per page, 1 to 1000 (default 100). Ignored for CSV, which returns every matching row.</summary>
    /// <example>100</example>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <summary>Opaque cursor: pass the value found in the previous page's <c>next</c> link to get the page after it.</summary>
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    /// <summary><c>json</c> (default) or <c>csv</c> (RFC 4180, UTF-8, CRLF, header row of the JSON codes, streamed, every matching row; <c>Accept: text/csv</c> also selects it). Any other value gets 406.</summary>
    /// <example>csv</example>
    [FromQuery(Name = "format"), Codes("json", "csv")]
    public string? Format { get; init; }

    /// <summary>CSV only: <c>true</c> starts the file with a UTF-8 byte-order mark so Excel opens Chinese text correctly.</summary>
    /// <example>true</example>
    [FromQuery(Name = "bom")]
    public bool? Bom { get; init; }

    public int PageSize => Limit ?? DefaultLimit;

    /// <summary>400 for a limit out of range, else null.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Check() =>
        Limit is < 1 or > MaxLimit
            ? Hosting.Problems.BadParameter("limit", $"limit must be between 1 and {MaxLimit}; got {Limit}.")
            : null;

    /// <summary>CSV when asked by <c>format=csv</c>, or by <c>Accept: text/csv</c> when no format is given.</summary>
    public bool WantsCsv(HttpRequest request) =>
        Format is { } f
            ? string.Equals(f, "csv", StringComparison.OrdinalIgnoreCase)
            : request.Headers.Accept.Any(a => a is not null && a.Contains("text/csv", StringComparison.OrdinalIgnoreCase));
}
