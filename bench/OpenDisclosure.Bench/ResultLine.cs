namespace OpenDisclosure.Bench;

/// <summary>How a figure compares with its target: "pass", "miss", or "n/a" when the figure is missing or has no target.</summary>
public enum Verdict { Info, Pass, Miss, Missing }

/// <summary>One printed (and JSON) line: a figure, its unit, the target it is held to and the verdict.</summary>
public sealed record ResultLine(string Step, string Measure, double? Value, string Unit, string Target, Verdict Verdict, string Note = "")
{
    public static ResultLine Info(string step, string measure, double? value, string unit, string note = "") =>
        new(step, measure, value, unit, "", value is null ? Verdict.Missing : Verdict.Info, note);

    public static ResultLine AtLeast(string step, string measure, double? value, string unit, double target, string note = "") =>
        new(step, measure, value, unit, $">= {Show(target)} {unit}".TrimEnd(), Judge(value, v => v >= target), note);

    public static ResultLine AtMost(string step, string measure, double? value, string unit, double target, string note = "") =>
        new(step, measure, value, unit, $"<= {Show(target)} {unit}".TrimEnd(), Judge(value, v => v <= target), note);

    public static ResultLine Below(string step, string measure, double? value, string unit, double target, string note = "") =>
        new(step, measure, value, unit, $"< {Show(target)} {unit}".TrimEnd(), Judge(value, v => v < target), note);

    private static Verdict Judge(double? value, Func<double, bool> ok) =>
        value is { } v ? ok(v) ? Verdict.Pass : Verdict.Miss : Verdict.Missing;

    public string ShownValue => Value is { } v ? Show(v) : "n/a";

    public string ShownVerdict => Verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Miss => "MISS",
        Verdict.Missing => "n/a",
        _ => "",
    };

    public static string Show(double v) => Invariant.Format(Math.Abs(v) switch
    {
        >= 1000 => $"{v:#,0}",
        >= 100 => $"{v:0}",
        >= 10 => $"{v:0.0}",
        >= 1 => $"{v:0.00}",
        _ => $"{v:0.000}",
    });
}
