namespace OpenDisclosure.Bench;

/// <summary>
/// The raw figures run.sh records, one <c>key=value</c> per line (a later line wins). A step that failed simply
/// leaves its keys out, and every figure derived from them reads as missing.
/// </summary>
public sealed class Figures
{
    private readonly Dictionary<string, string> _values;

    private Figures(Dictionary<string, string> values) => _values = values;

    public IReadOnlyDictionary<string, string> All => _values;

    public static Figures Load(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var eq = line.IndexOf('=');
            if (eq > 0) values[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        return new Figures(values);
    }

    public string? Text(string key) => _values.GetValueOrDefault(key);

    public double? Number(string key) => Invariant.TryDouble(_values.GetValueOrDefault(key), out var v) ? v : null;

    /// <summary>a / b, or null when either is missing or b is zero.</summary>
    public static double? Ratio(double? a, double? b) => a is { } x && b is { } y && y != 0 ? x / y : null;
}
