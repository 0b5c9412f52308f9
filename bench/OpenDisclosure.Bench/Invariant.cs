using System.Globalization;

namespace OpenDisclosure.Bench;

/// <summary>Figures are written for scripts: always '.' decimals, whatever the machine's culture.</summary>
public static class Invariant
{
    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static bool TryDouble(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
