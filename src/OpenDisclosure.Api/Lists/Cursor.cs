using System.Globalization;

namespace OpenDisclosure.Api.Lists;

/// <summary>
/// A keyset cursor: the sort key of the last item of a page, as dot-separated integers (e.g. <c>12.24</c> for report
/// 12, row 24). Keyset paging stays fast and stable while reports are added, unlike offsets.
/// </summary>
public static class Cursor
{
    public static string Format(params long[] key) => string.Join('.', key.Select(k => k.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Parses a cursor of exactly <paramref name="parts"/> integers; null input parses as "before the first".</summary>
    public static bool TryParse(string? text, int parts, out long[]? key)
    {
        key = null;
        if (string.IsNullOrEmpty(text)) return true;
        var pieces = text.Split('.');
        if (pieces.Length != parts) return false;
        var values = new long[parts];
        for (var i = 0; i < parts; i++)
            if (!long.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i])) return false;
        key = values;
        return true;
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(string? text) =>
        Hosting.Problems.BadParameter("after", $"after '{text}' is not a cursor of this list; use the next link of a previous page.");
}
