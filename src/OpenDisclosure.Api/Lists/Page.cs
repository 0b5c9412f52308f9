using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenDisclosure.Api.Lists;

/// <summary>One page of a list.</summary>
/// <param name="Items">The items of this page, in key order.</param>
/// <param name="Next">Absolute URL of the next page (also sent as <c>Link: &lt;…&gt;; rel="next"</c>); null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

public static class Pages
{
    /// <summary>
    /// Makes the page from up to <c>limit + 1</c> fetched items: the extra one only tells that a next page exists.
    /// Sets the Link header when it does.
    /// </summary>
    public static Ok<Page<T>> Of<T>(HttpContext http, List<T> fetched, int limit, Func<T, string> cursorOf)
    {
        if (fetched.Count <= limit) return TypedResults.Ok(new Page<T>(fetched, null));
        fetched.RemoveRange(limit, fetched.Count - limit);
        var next = NextUrl(http.Request, cursorOf(fetched[^1]));
        http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        return TypedResults.Ok(new Page<T>(fetched, next));
    }

    /// <summary>This request's URL with <c>after</c> set to <paramref name="cursor"/>.</summary>
    public static string NextUrl(HttpRequest request, string cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => !string.Equals(p.Key, "after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("after", cursor));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
    }
}
