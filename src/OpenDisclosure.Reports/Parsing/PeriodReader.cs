using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads the stated statistical period (统计期限) wherever it is: "统计期限自2024年1月1日起至2024年12月31日止",
/// "统计时限为2023年1月1日至2023年12月31日", "统计期限从2024年1月1日到2024年12月31日", "…自2017年1月1日起至12月31日止".
/// </summary>
public static class PeriodReader
{
    private static readonly string[] Marks = ["统计期限", "统计时限", "统计期间", "统计时间", "统计区间"];

    /// <summary>The marks searched in one pass: most lines have none.</summary>
    private static readonly MarkSet AnyMark = new(Marks);

    /// <summary>How far after the mark the first date may start, and the second after the first.</summary>
    private const int MaxGap = 24;

    public static StatisticalPeriod? Read(SourceLine[] lines)
    {
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Narrative || !AnyMark.In(line.Text)) continue;
            foreach (var mark in Marks)
            {
                var at = line.Text.IndexOf(mark, StringComparison.Ordinal);
                if (at >= 0 && TryReadAfter(line.Text, at + mark.Length, out var start, out var end))
                    return new StatisticalPeriod(start, end, line.Number);
            }
        }
        return null;
    }

    private static bool TryReadAfter(string text, int from, out DateOnly start, out DateOnly end)
    {
        end = default;
        if (!DateText.TryFind(text, from, null, out start, out var firstAt, out var firstEnd) || firstAt - from > MaxGap)
            return false;
        return DateText.TryFind(text, firstEnd, start.Year, out end, out var secondAt, out _) && secondAt - firstEnd <= MaxGap;
    }
}
