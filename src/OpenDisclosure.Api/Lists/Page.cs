using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenDisclosure.Api.Hosting;

namespace OpenDisclosure.Api.Lists;

/// <summary>One page of a list.</summary>
/// <param name="Items">The items of this page, in key order.</param>
/// <param name="Next">URL of the next page (also sent as <c>Link: &lt;…&gt;; rel="next"</c>); null on the last page.
/// Absolute when the service has a configured public URL (<c>Api:PublicBaseUrl</c>), else relative to the host.</param>
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
        // Never from the Host header (a client can set it to any site): the configured public URL, or a relative link.
        var publicBase = request.HttpContext.RequestServices.GetService<IOptions<ApiOptions>>()?.Value.PublicBaseUrl;
        var relative = UriHelper.BuildRelative(request.PathBase, request.Path, QueryString.Create(query));
        return string.IsNullOrEmpty(publicBase) ? relative : publicBase.TrimEnd('/') + relative;
    }
}
