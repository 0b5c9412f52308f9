using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>What was wrong with a value cell's text, for the caller's diagnostic.</summary>
public enum CellProblem
{
    None,
    /// <summary>Neither a number nor a placeholder ("abc", "1O"): parse.cell_unreadable.</summary>
    Unreadable,
    /// <summary>A number no report can hold (10^12 or more, 2^63, 10^21): cell.out_of_range.</summary>
    OutOfRange,
}

/// <summary>
/// Reads one value cell: a number, a placeholder (blank, "—", "/", "无": missing, never zero), something
/// unreadable ("abc", "1O": missing too, and the caller reports parse.cell_unreadable) or an absurd number (missing,
/// cell.out_of_range).
/// </summary>
public static class CellReader
{
    /// <summary>
    /// The largest magnitude a cell may hold: 10^12 − 1. No agency counts a trillion requests, nor 万元 beyond it; the
    /// bound keeps every later sum, ratio, long conversion and INTEGER column far from overflow (a 2^63 cell used to
    /// crash the validator and abort seed batches).
    /// </summary>
    public const decimal MaxMagnitude = 999_999_999_999m;

    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;

    /// <summary>Units some reports write after the number ("3件", "1.5万元"): the number still counts.</summary>
    private static readonly string[] Units = ["万元", "件", "个", "条", "项", "次", "元"];

    public static bool IsPlaceholder(string text) => (text.Length == 0 || !char.IsAsciiDigit(text[0])) && text switch
    {
        "" or "-" or "--" or "—" or "——" or "–" or "―" or "─" or "/" or "\\" or "无" or "空" or "…" or "……"
            or "N/A" or "n/a" or "NA" or "/ " => true,
        _ => false,
    };

    /// <summary>The cell's value; <paramref name="problem"/> says why a non-placeholder text has none.</summary>
    public static Cell Read(TableCell cell, out CellProblem problem)
    {
        problem = CellProblem.None;
        var text = cell.Text;
        if (IsPlaceholder(text)) return Cell.Missing(cell.Line, text);

        if (TryReadWholeNumber(text, out var whole)) return new Cell(whole, cell.Line, text); // the common case

        var span = StripUnit(text.AsSpan());
        if (span.IndexOf(' ') >= 0) span = span.Trim(' ');
        if (span.Length > 0 && IsNumberShaped(span))
        {
            if (decimal.TryParse(span, Styles, CultureInfo.InvariantCulture, out var value))
            {
                if (Math.Abs(value) <= MaxMagnitude) return new Cell(value, cell.Line, text);
                problem = CellProblem.OutOfRange;
                return Cell.Missing(cell.Line, text);
            }
            // Past 7.9 × 10^28 decimal itself overflows: a number all the same ("1.2.3" is not one).
            if (span.Count('.') <= 1 && span.Length - span.Count(',') - span.Count('.') > 28)
            {
                problem = CellProblem.OutOfRange;
                return Cell.Missing(cell.Line, text);
            }
        }

        problem = CellProblem.Unreadable;
        return Cell.Missing(cell.Line, text);
    }

    /// <summary>Plain digits ("0", "12"): no culture-aware parsing needed.</summary>
    private static bool TryReadWholeNumber(string text, out decimal value)
    {
        value = 0;
        if (text.Length is 0 or > 9) return false;
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            n = n * 10 + (c - '0');
        }
        value = n;
        return true;
    }

    private static ReadOnlySpan<char> StripUnit(ReadOnlySpan<char> span)
    {
        if (span.Length == 0 || span[^1] < '\u4E00') return span;
        foreach (var unit in Units)
            if (span.EndsWith(unit, StringComparison.Ordinal)) return span[..^unit.Length];
        return span;
    }

    /// <summary>Digits with at most a leading sign, one decimal point and thousands commas: rejects "1e3", "(3)".</summary>
    private static bool IsNumberShaped(ReadOnlySpan<char> span)
    {
        var start = span[0] is '+' or '-' ? 1 : 0;
        if (start == span.Length) return false;
        var digits = 0;
        for (var i = start; i < span.Length; i++)
        {
            var c = span[i];
            if (c is >= '0' and <= '9') digits++;
            else if (c is not ('.' or ',')) return false;
        }
        return digits > 0;
    }
}
