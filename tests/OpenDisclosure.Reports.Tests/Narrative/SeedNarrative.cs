using System.Text.RegularExpressions;
using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>
/// Seed reports for the narrative tests: the file text, and its narrative sentences read independently of the parser
/// (lines that are not table cells, numbered by the top-level heading they follow), so the extraction is tested on
/// the real wording even where the parser's section split differs.
/// </summary>
internal static class SeedNarrative
{
    public static string Path(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "data", "reports"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("data/reports not found above " + AppContext.BaseDirectory);
        return Directory.GetFiles(System.IO.Path.Combine(dir.FullName, "data", "reports"), prefix + "_*.txt").Single();
    }

    public static string Text(string prefix) => File.ReadAllText(Path(prefix));

    private static readonly Regex Heading = new(@"^\s*(?<n>[一二三四五六]|[1-6])、");

    public static IReadOnlyList<NarrativeSentence> Sentences(string prefix)
    {
        var section = 0;
        var result = new List<NarrativeSentence>();
        foreach (var line in File.ReadAllLines(Path(prefix)))
        {
            if (line.StartsWith('\t') || line.Trim().Length == 0) continue;
            var m = Heading.Match(line);
            if (m.Success)
            {
                var n = "一二三四五六".IndexOf(m.Groups["n"].Value[0]) + 1;
                if (n == 0) n = m.Groups["n"].Value[0] - '0';
                if (n > section) { section = n; continue; }
            }
            result.AddRange(NarrativeText.Sentences(line, section));
        }
        return result;
    }
}
