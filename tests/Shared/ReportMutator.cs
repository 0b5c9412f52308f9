using System.Text;

namespace OpenDisclosure.Testing;

/// <summary>One mutated report: what was done to it (the class, for figures per class) and the resulting bytes.</summary>
public sealed record Mutation(string Kind, int Seed, byte[] Bytes)
{
    public string FileName => $"mutant-{Seed}-{Kind}.txt";
}

/// <summary>
/// Damages real reports deterministically (one seeded <see cref="Random"/> per case, so every failure reproduces
/// from its seed): digits flipped, absurd numbers in table cells and in the text, lines deleted or duplicated, the
/// file cut short, bytes overwritten. Shared by the unit-test fuzz (hundreds of cases) and reliability/ (thousands).
/// </summary>
public static class ReportMutator
{
    public static readonly string[] Kinds = ["digits", "huge", "huge_text", "delete", "duplicate", "truncate", "bytes", "mixed"];

    /// <summary>Numbers no report can hold: 2^63, 2^64, 10^21, decimal.MaxValue + 1, 60 nines, their negatives.</summary>
    private static readonly string[] Huge =
    [
        "9223372036854775808", "9223372036854775807", "18446744073709551616", "1000000000000000000000",
        "79228162514264337593543950336", new string('9', 60), "-9223372036854775809", "1,000,000,000,000,000",
        "99999999999999999999.5", "1000000000000", "2147483648",
    ];

    /// <summary>The mutation of case <paramref name="seed"/>: its kind is picked by the seed too, so a run of
    /// consecutive seeds covers every kind of every report.</summary>
    public static Mutation Mutate(IReadOnlyList<byte[]> reports, int seed)
    {
        var random = new Random(seed);
        var original = reports[seed % reports.Count];
        var kind = Kinds[seed / reports.Count % Kinds.Length];
        return new Mutation(kind, seed, Apply(kind, original, random));
    }

    public static byte[] Apply(string kind, byte[] original, Random random)
    {
        switch (kind)
        {
            case "truncate":
                return original[..random.Next(original.Length)];
            case "bytes":
                var bytes = (byte[])original.Clone();
                for (var n = random.Next(1, 40); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
        }
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var edits = random.Next(1, 8);
        for (var i = 0; i < edits; i++)
        {
            var step = kind == "mixed" ? Kinds[random.Next(5)] : kind;
            Edit(step, lines, random);
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static void Edit(string kind, List<string> lines, Random random)
    {
        if (lines.Count == 0) return;
        var at = random.Next(lines.Count);
        switch (kind)
        {
            case "digits":
                FlipDigit(lines, random);
                break;
            case "huge":
                // Table cells are the lines "\t<number>": put an absurd number in one of them.
                var cells = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith('\t') && lines[i].Length > 1 && char.IsAsciiDigit(lines[i][1])).ToList();
                var cell = cells.Count > 0 ? cells[random.Next(cells.Count)] : at;
                lines[cell] = "\t" + Huge[random.Next(Huge.Length)];
                break;
            case "huge_text":
                var huge = Huge[random.Next(Huge.Length)].TrimStart('-');
                string[] sentences = [$"共收到政府信息公开申请{huge}件，同比下降{huge}%。", $"其中予以公开{huge}件，占{huge}.5%。",
                    $"本年度收到市级政协提案{huge}件。", $"行政复议{huge}件。"];
                lines.Insert(at, sentences[random.Next(sentences.Length)]);
                break;
            case "delete":
                lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 6)));
                break;
            case "duplicate":
                var length = Math.Min(lines.Count - at, random.Next(1, 30));
                lines.InsertRange(random.Next(lines.Count), lines.GetRange(at, length));
                break;
        }
    }

    private static void FlipDigit(List<string> lines, Random random)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var at = random.Next(lines.Count);
            var line = lines[at];
            var digits = Enumerable.Range(0, line.Length).Where(i => char.IsAsciiDigit(line[i])).ToList();
            if (digits.Count == 0) continue;
            var chars = line.ToCharArray();
            chars[digits[random.Next(digits.Count)]] = (char)('0' + random.Next(10));
            lines[at] = new string(chars);
            return;
        }
    }
}
