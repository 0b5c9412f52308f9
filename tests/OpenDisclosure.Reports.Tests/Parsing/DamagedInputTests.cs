using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>
/// Seeds damaged at random (fixed random seeds, so failures reproduce): lines dropped, swapped, duplicated or cut,
/// characters replaced. The parser must never throw nor fail internally, and every line it cites must exist.
/// </summary>
public class DamagedInputTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Randomly_damaged_reports_never_break_the_parser(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            var lines = SeedReports.Lines(SeedReports.All[round % SeedReports.All.Length]);
            for (var edits = random.Next(1, 12); edits > 0; edits--) Damage(lines, random);
            var text = string.Join('\n', lines);

            var result = ReportParser.Parse(text);

            var context = $"seed {seed} round {round}";
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "parse.internal_error");
            Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line is not { } line || (line >= 0 && line <= lines.Count), context));
            if (result.Report.Requests is { } requests)
                Assert.All(requests.Rows, row => Assert.Equal(7, row.Cells.Count));
            Assert.All(result.Report.Sections, s => Assert.True(s.StartLine <= s.EndLine && s.EndLine <= lines.Count, context));
        }
    }

    private const string Replacements = "x—/\t　０[]年月日、（";

    private static void Damage(List<string> lines, Random random)
    {
        if (lines.Count < 3) return;
        var at = random.Next(lines.Count);
        switch (random.Next(6))
        {
            case 0: lines.RemoveAt(at); break;
            case 1: var other = random.Next(lines.Count); (lines[at], lines[other]) = (lines[other], lines[at]); break;
            case 2: lines.Insert(at, lines[random.Next(lines.Count)]); break;
            case 3: lines.RemoveRange(at, lines.Count - at); break;
            case 4 when lines[at].Length > 0:
                var chars = lines[at].ToCharArray();
                chars[random.Next(chars.Length)] = Replacements[random.Next(Replacements.Length)];
                lines[at] = new string(chars);
                break;
            default: lines[at] = "\t" + lines[at].TrimStart('\t'); break;
        }
    }
}
