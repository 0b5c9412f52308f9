namespace OpenDisclosure.Api.Web;

/// <summary>The /api/v1 URLs that give a page's data as JSON and (for lists) as CSV.</summary>
public sealed record ApiLinks(string Json, string? Csv = null)
{
    /// <summary>An endpoint that answers JSON only (one item).</summary>
    public static ApiLinks JsonOnly(string json) => new(json);

    /// <summary>A list endpoint: the CSV is the same URL with <c>format=csv</c>.</summary>
    public static ApiLinks List(string json) => new(json, json + (json.Contains('?') ? "&" : "?") + "format=csv");
}
