using System.Globalization;

namespace OpenDisclosure.Reports.Similarity;

/// <summary>The share of one section's text found in the other report.</summary>
public sealed record SectionShare(int Section, decimal Share, int Characters);

/// <summary>
/// How much of report A's narrative is repeated in report B, measured exactly: the share of A's text covered by
/// shingles that also occur in B, overall and per section, and the longest repeated passages quoted from A.
/// </summary>
public sealed record TextOverlap(decimal Share, int Characters, IReadOnlyList<SectionShare> Sections, IReadOnlyList<string> Passages)
{
    /// <summary>Fewer kept characters than this and a share says nothing (a near-empty narrative repeats trivially).</summary>
    public const int MinCharacters = 200;

    public const int MaxPassages = 3;
    public const int MaxPassageLength = 160;

    public static TextOverlap Measure(Shingles a, Shingles b)
    {
        var text = a.Text;
        // A shared shingle at i covers characters i … i + Size − 1: one pass, tracking where the last cover ends.
        var covered = new bool[text.Length];
        var coveredUntil = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i < a.ByPosition.Length && b.Set.Contains(a.ByPosition[i])) coveredUntil = i + Shingles.Size;
            covered[i] = i < coveredUntil;
        }

        // Sections are 0–6 (a byte): counted in two small arrays, one pass over the text.
        var coveredIn = new int[256];
        var allIn = new int[256];
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            allIn[text.Section[i]]++;
            if (!covered[i]) continue;
            coveredIn[text.Section[i]]++;
            total++;
        }
        var sections = new List<SectionShare>();
        for (var s = 0; s < allIn.Length; s++)
            if (allIn[s] > 0) sections.Add(new SectionShare(s, Ratio(coveredIn[s], allIn[s]), allIn[s]));
        return new TextOverlap(Ratio(total, text.Length), text.Length, sections,
            RepeatedPassages(text, covered));
    }

    /// <summary>"62.5%"-style text of a share.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static decimal Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static List<string> RepeatedPassages(ComparableText text, bool[] covered)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < covered.Length; i++)
        {
            if (!covered[i]) continue;
            var start = i;
            while (i + 1 < covered.Length && covered[i + 1]) i++;
            runs.Add((start, i));
        }
        return runs.OrderByDescending(r => r.End - r.Start).Take(MaxPassages).OrderBy(r => r.Start)
            .Select(r =>
            {
                var from = text.Origin[r.Start];
                var length = text.Origin[r.End] - from + 1;
                var passage = text.Original.Substring(from, length).Replace('\n', ' ');
                return passage.Length <= MaxPassageLength ? passage : passage[..MaxPassageLength] + "…";
            })
            .ToList();
    }
}
