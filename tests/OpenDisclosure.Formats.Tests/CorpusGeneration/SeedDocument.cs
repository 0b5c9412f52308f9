using System.Text.RegularExpressions;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Formats.Tests.CorpusGeneration;

/// <summary>
/// A real report (data/reports) taken apart for re-rendering in another input class: its title lines, its prose in
/// order with a slot where each statistics table stood, and the parsed cell values of tables 二, 三 and 四. The
/// tables are redrawn from the standard template with these values, so every class carries the same numbers.
/// </summary>
public sealed partial class SeedDocument
{
    public abstract record Block;
    public sealed record Paragraph(string Text) : Block;
    public sealed record TableSlot(int Section) : Block;

    public required string SeedFile { get; init; }
    public required IReadOnlyList<string> TitleLines { get; init; }
    public required IReadOnlyList<Block> Body { get; init; }
    public required AnnualReport Report { get; init; }
    public required SortedDictionary<string, decimal?> Cells { get; init; }

    /// <summary>Cells printed blank in this rendering (a reader must leave them missing, not fill them from a neighbour).</summary>
    public IReadOnlySet<string> Blank { get; init; } = new HashSet<string>();

    /// <summary>The table 三 rows in printed order: code, label cells (group labels first, "" under a merge), values.</summary>
    public IEnumerable<(string Code, IReadOnlyList<string> Labels, decimal?[] Values)> RequestRows() =>
        Report.Requests!.Rows.Select(r => (r.Code, RequestTableLabels(r.Code), ApplicantColumns.All.Select(c => r[c.Column].Value).ToArray()));

    /// <summary>The first table slot of sections 二, 三 and 四 (a seed whose Word export split a table has two): where the whole table is drawn.</summary>
    public bool IsFirstSlot(TableSlot slot) =>
        slot.Section is >= 2 and <= 4 && ReferenceEquals(Body.OfType<TableSlot>().First(s => s.Section == slot.Section), slot);

    public decimal?[] ReviewValues() => Report.ReviewLitigation!.Cells.Select((c, i) => Blank.Contains(ReviewKey(i)) ? null : c.Value).ToArray();

    public static string ReviewKey(int index) =>
        $"四/{ReviewLitigationTable.Groups[index / 5].Code}/{ReviewLitigationTable.Measures[index % 5].Code}";

    public SeedDocument WithBlank(IEnumerable<string> keys) => new()
    {
        SeedFile = SeedFile, TitleLines = TitleLines, Body = Body, Report = Report, Cells = Cells, Blank = keys.ToHashSet(),
    };

    public static SeedDocument Load(string seedFile)
    {
        var text = Fixture.SeedText(seedFile);
        var report = ReportParser.Parse(text).Report;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<Block>();
        var title = new List<string>();
        var section = 0;
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (lines[i].StartsWith('\t'))
            {
                if (!inTable) blocks.Add(new TableSlot(TableSection(lines, i) ?? section));
                inTable = true;
                continue;
            }
            // A table ends at its double blank line; single blanks and untabbed lines inside it are cell pieces.
            if (inTable)
            {
                if (line.Length == 0 && i + 1 < lines.Length && lines[i + 1].Trim().Length == 0 || SectionHeading().IsMatch(line)) inTable = false;
                else if (line.Length > 0 && i > 0 && lines[i - 1].Trim().Length == 0 && !StartsTable(lines, i)) inTable = false;
                if (inTable) continue;
            }
            if (line.Length == 0) continue;
            if (SectionHeading().Match(line) is { Success: true } m) section = "一二三四五六".IndexOf(m.Groups[1].Value[0]) + 1;
            if (section == 0 && blocks.Count == 0 && (title.Count == 0 || !title[^1].Contains("报告")) && line.Length <= 40)
                title.Add(line);
            else
                blocks.Add(new Paragraph(line));
        }
        return new SeedDocument
        {
            SeedFile = seedFile, TitleLines = title, Body = blocks, Report = report,
            Cells = ParsedCells.Of(report),
        };
    }

    /// <summary>Which table starts here, judged from its first cells (some seeds number their headings 3、 not 三、).</summary>
    private static int? TableSection(string[] lines, int start)
    {
        var head = string.Concat(lines.Skip(start).Take(12));
        return head.Contains("申请人情况") || head.Contains("本年新收") ? 3
            : head.Contains("行政复议") ? 4
            : head.Contains("第二十条") || head.Contains("信息内容") ? 2 : null;
    }

    private static bool StartsTable(string[] lines, int i) => i + 1 < lines.Length && lines[i + 1].StartsWith('\t');

    /// <summary>The label cells the 2021 template prints before a table 三 row (group label on its first row only).</summary>
    private static IReadOnlyList<string> RequestTableLabels(string code) => Reports.Synthetic.RequestTableLabels.For(code);

    [GeneratedRegex(@"^([一二三四五六])、")]
    private static partial Regex SectionHeading();
}
