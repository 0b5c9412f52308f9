using System.Text;

namespace OpenDisclosure.Bench;

/// <summary>The fixed-width table run.sh prints: one line per figure, target and verdict beside it.</summary>
public static class TableText
{
    public static string Render(Figures f, IReadOnlyList<ResultLine> lines)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant.Format(
            $"OpenDisclosure bench: {f.Text("reports") ?? "?"} reports, {f.Text("cores") ?? "?"} cores, {f.Text("utc") ?? ""}, commit {f.Text("commit") ?? "?"}{(f.Text("smoke") == "1" ? ", SMOKE (harness check only)" : "")}"));
        var measureWidth = Math.Max(20, lines.Max(l => l.Measure.Length));
        var header = $"{"step",-7} {"measure".PadRight(measureWidth)} {"value",12} {"unit",-10} {"target",-20} {"result",-6} note";
        text.AppendLine(header);
        text.AppendLine(new string('-', header.Length + 20));
        foreach (var l in lines)
            text.AppendLine($"{l.Step,-7} {l.Measure.PadRight(measureWidth)} {l.ShownValue,12} {l.Unit,-10} {l.Target,-20} {l.ShownVerdict,-6} {l.Note}".TrimEnd());
        return text.ToString();
    }
}
