namespace OpenDisclosure.Reports.Model;

/// <summary>
/// One table cell as read from the source. <see cref="Value"/> is null when the cell is blank or holds a
/// placeholder such as "—", "/" or "无": a missing cell is never silently zero.
/// </summary>
/// <param name="Value">The number, or null when missing or unreadable.</param>
/// <param name="Line">1-based line of the source text the cell came from (0 when the cell was not found at all).</param>
/// <param name="Raw">The cell text after cleaning (bookmarks, spaces removed), for evidence.</param>
public readonly record struct Cell(decimal? Value, int Line, string? Raw)
{
    public static Cell Missing(int line = 0, string? raw = null) => new(null, line, raw);

    public static Cell Of(decimal value, int line = 0) => new(value, line, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool IsMissing => Value is null;

    /// <summary>The value as a whole count, or null when missing, not a whole number or beyond a long (the parser
    /// never reads such a value, but a cell built in code could hold one: never an OverflowException).</summary>
    public long? Count => Value is { } v && v == decimal.Truncate(v) && v >= long.MinValue && v <= long.MaxValue ? (long)v : null;
}
