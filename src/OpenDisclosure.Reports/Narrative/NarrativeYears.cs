using System.Globalization;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>Whether a sentence speaks about a year other than the report's ("2023年共收到…"): its numbers are then not this year's.</summary>
public static class NarrativeYears
{
    /// <summary>
    /// Reads each year mention "(19|20)dd年" not preceded by 较/比/与 (those compare with another year, which the
    /// change patterns read), as the regex <c>(?&lt;![较比与])(?:19|20)\d{2}年</c> did: mentions cannot overlap (a 年
    /// is not a digit), so each 年 is tested on its own, left to right. Every sentence with a digit asks, twice.
    /// </summary>
    public static bool MentionsOtherYear(string text, int reportYear)
    {
        if (text.Length < 5) return false;
        for (var at = text.IndexOf('年', 4); at >= 0; at = text.IndexOf('年', at + 1))
        {
            var start = at - 4;
            if (!IsYearStart(text[start], text[start + 1]) || !char.IsDigit(text[start + 2]) || !char.IsDigit(text[start + 3])) continue;
            if (start > 0 && text[start - 1] is '较' or '比' or '与') continue;
            if (int.Parse(text.AsSpan(start, 4), CultureInfo.InvariantCulture) != reportYear) return true;
        }
        return false;
    }

    private static bool IsYearStart(char first, char second) => first == '1' && second == '9' || first == '2' && second == '0';
}
