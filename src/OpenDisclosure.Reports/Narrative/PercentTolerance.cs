namespace OpenDisclosure.Reports.Narrative;

/// <summary>
/// When a printed percentage agrees with a ratio. A share printed with d decimals agrees when it lies within one
/// unit of the d-th decimal of the exact value rounded or truncated to d decimals, i.e. in
/// [truncate(exact, d) − unit, round(exact, d) + unit].
/// Why this width: agencies both round and truncate (临淄区 2024: 6/14 = 42.857…%, printed 42.85%), and often nudge one
/// share by one unit so the shares add up to 100% (3/14 = 21.43%, printed 21.44%, since 35.71 + 42.85 + 21.44 = 100).
/// One unit of the last printed decimal is far below what a different count would cause (one request out of 14
/// moves a share by 7.14 points), so the tolerance hides presentation, not counting errors.
/// </summary>
public static class PercentTolerance
{
    public static bool Agrees(StatedPercent stated, decimal exactPercent)
    {
        var unit = Unit(stated.Decimals);
        var rounded = Math.Round(exactPercent, stated.Decimals, MidpointRounding.AwayFromZero);
        var truncated = Math.Truncate(exactPercent / unit) * unit;
        var low = Math.Min(rounded, truncated) - unit;
        var high = Math.Max(rounded, truncated) + unit;
        return stated.Value >= low && stated.Value <= high;
    }

    /// <summary>The exact share in percent, or null for a zero denominator (no share can be checked).</summary>
    public static decimal? Share(long part, long whole) => whole == 0 ? null : 100m * part / whole;

    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++) unit /= 10;
        return unit;
    }
}
