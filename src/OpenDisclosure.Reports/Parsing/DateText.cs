namespace OpenDisclosure.Reports.Parsing;

/// <summary>Reads dates written "2025年1月17日", "二〇二五年一月十七日" or "2025-01-17" without Regex (hot path).</summary>
public static class DateText
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>The first date at or after <paramref name="from"/>; a date without a year ("12月31日") takes <paramref name="defaultYear"/>.</summary>
    public static bool TryFind(string text, int from, int? defaultYear, out DateOnly date, out int start, out int end)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!IsDigitLike(text[i]) || (i > 0 && IsDigitLike(text[i - 1]))) continue;
            if (TryReadAt(text, i, defaultYear, out date, out end))
            {
                start = i;
                return true;
            }
        }
        date = default;
        start = end = -1;
        return false;
    }

    /// <summary>The whole line is one date (a signature date line), allowing spaces.</summary>
    public static bool TryReadStandalone(string line, out DateOnly date)
    {
        date = default;
        var text = line.Trim(' ');
        if (text.Length is < 8 or > 24) return false;
        if (TryReadAt(text, 0, null, out date, out var end) && end == text.Length) return true;
        return TryReadNumeric(text, out date);
    }

    /// <summary>A year of four digits followed by 年 ("2024年", "2024 年"): its value and where it starts.</summary>
    public static bool TryFindYear(string text, out int year, out int start)
    {
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (!IsAsciiDigits(text, i, 4) || (i > 0 && char.IsAsciiDigit(text[i - 1]))) continue;
            var j = SkipSpaces(text, i + 4);
            if (j < text.Length && text[j] == '年')
            {
                year = int.Parse(text.AsSpan(i, 4));
                start = i;
                if (year is >= 1990 and <= 2100) return true;
            }
        }
        year = 0;
        start = -1;
        return false;
    }

    private static bool TryReadAt(string text, int i, int? defaultYear, out DateOnly date, out int end)
    {
        date = default;
        end = i;
        var p = i;
        int year;
        if (ReadNumber(text, ref p, 4, out var first) && first >= 1000 && Expect(text, ref p, '年')) year = first;
        else if (defaultYear is { } y)
        {
            year = y;
            p = i;
        }
        else return false;

        if (!ReadNumber(text, ref p, 2, out var month) || !Expect(text, ref p, '月')) return false;
        if (!ReadNumber(text, ref p, 2, out var day) || !Expect(text, ref p, '日')) return false;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        end = p;
        return true;
    }

    /// <summary>"2025-01-17", "2025.1.17", "2025/1/17".</summary>
    private static bool TryReadNumeric(string text, out DateOnly date)
    {
        date = default;
        var parts = text.Split('-', '.', '/');
        if (parts.Length != 3 || parts[0].Length != 4) return false;
        if (!int.TryParse(parts[0], out var y) || !int.TryParse(parts[1], out var m) || !int.TryParse(parts[2], out var d)) return false;
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Reads up to <paramref name="maxDigits"/> ASCII digits, or Chinese numerals (二〇二五, 十七, 三十一).</summary>
    private static bool ReadNumber(string text, ref int p, int maxDigits, out int value)
    {
        value = 0;
        p = SkipSpaces(text, p);
        var start = p;
        while (p < text.Length && p - start < maxDigits && char.IsAsciiDigit(text[p])) value = value * 10 + (text[p++] - '0');
        if (p > start) return true;
        return ReadChineseNumber(text, ref p, maxDigits, out value);
    }

    private static bool ReadChineseNumber(string text, ref int p, int maxDigits, out int value)
    {
        value = 0;
        var start = p;
        if (maxDigits == 4)
        {
            while (p < text.Length && p - start < 4 && DigitOf(text[p]) is var d and >= 0) { value = value * 10 + d; p++; }
            return p - start == 4;
        }
        var tens = 0;
        var units = 0;
        var sawTen = false;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == '十' && !sawTen) { tens = units == 0 ? 1 : units; units = 0; sawTen = true; p++; }
            else if (DigitOf(c) is var d and > 0) { units = d; p++; }
            else break;
        }
        value = tens * 10 + units;
        return p > start && value > 0;
    }

    private static int DigitOf(char c) => c is '零' or '○' or 'O' or '〇' ? 0 : ChineseDigits.IndexOf(c);

    private static bool Expect(string text, ref int p, char c)
    {
        p = SkipSpaces(text, p);
        if (p >= text.Length || text[p] != c) return false;
        p++;
        return true;
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] == ' ') p++;
        return p;
    }

    private static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c is '〇' or '○' || ChineseDigits.IndexOf(c) > 0 || c == '十';

    private static bool IsAsciiDigits(string text, int i, int count)
    {
        for (var k = 0; k < count; k++)
            if (!char.IsAsciiDigit(text[i + k])) return false;
        return true;
    }
}
