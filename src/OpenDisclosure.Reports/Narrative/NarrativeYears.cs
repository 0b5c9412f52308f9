using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>Whether a sentence speaks about a year other than the report's ("2023年共收到…"): its numbers are then not this year's.</summary>
public static partial class NarrativeYears
{
    [GeneratedRegex(@"(?<![较比与])(?<y>(?:19|20)\d{2})年", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    public static bool MentionsOtherYear(string text, int reportYear)
    {
        // Every mention ends in 年: most sentences with digits have none, and the scan is skipped.
        if (!text.Contains('年')) return false;
        foreach (var m in YearMention().EnumerateMatches(text))
            if (int.Parse(text.AsSpan(m.Index, m.Length - 1), CultureInfo.InvariantCulture) != reportYear) return true;
        return false;
    }
}
