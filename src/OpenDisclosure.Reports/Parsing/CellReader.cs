using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads one value cell: a number, a placeholder (blank, "—", "/", "无": missing, never zero) or something
/// unreadable ("abc", "1O": missing too, and the caller reports parse.cell_unreadable).
/// </summary>
public static class CellReader
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;

    /// <summary>Units some reports write after the number ("3件", "1.5万元"): the number still counts.</summary>
    private static readonly string[] Units = ["万元", "件", "个", "条", "项", "次", "元"];

    public static bool IsPlaceholder(string text) => (text.Length == 0 || !char.IsAsciiDigit(text[0])) && text switch
    {
        "" or "-" or "--" or "—" or "——" or "–" or "―" or "─" or "/" or "\\" or "无" or "空" or "…" or "……"
            or "N/A" or "n/a" or "NA" or "/ " => true,
        _ => false,
    };

    /// <summary>The cell's value; <paramref name="unreadable"/> is true when the text is neither number nor placeholder.</summary>
    public static Cell Read(TableCell cell, out bool unreadable)
    {
        unreadable = false;
        var text = cell.Text;
        if (IsPlaceholder(text)) return Cell.Missing(cell.Line, text);

        if (TryReadWholeNumber(text, out var whole)) return new Cell(whole, cell.Line, text); // the common case

        var span = StripUnit(text.AsSpan());
        if (span.IndexOf(' ') >= 0) span = span.Trim(' ');
        if (span.Length > 0 && IsNumberShaped(span) && decimal.TryParse(span, Styles, CultureInfo.InvariantCulture, out var value))
            return new Cell(value, cell.Line, text);

        unreadable = true;
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
