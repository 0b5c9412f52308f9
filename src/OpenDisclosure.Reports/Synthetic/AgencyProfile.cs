namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// How busy an agency is, fixed by its name so every year of a series looks like the same agency: most
/// receive a handful of requests a year, a few (big city bureaus) hundreds or thousands.
/// </summary>
internal sealed record AgencyProfile(double RequestScale, double EnforcementScale, bool IssuesRegulations, double NormativeScale)
{
    public static AgencyProfile For(string agency)
    {
        var rng = new Random(StableHash(agency));
        var busy = agency.Contains("自然资源") || agency.Contains("住房") || agency.Contains("人民政府办公室") ? 3.0 : 1.0;
        var grassroots = agency.EndsWith("街道办事处") || agency.EndsWith("街道") || agency.EndsWith("镇人民政府") || agency.EndsWith("乡人民政府");
        var requestScale = Math.Min(4000, busy * 0.6 * Math.Pow(1.0 - rng.NextDouble(), -1.0 / 0.8));
        var enforcement = agency.Contains("市场监督") || agency.Contains("公安") || agency.Contains("行政审批") || agency.Contains("交通运输")
            ? 200 * Math.Pow(1.0 - rng.NextDouble(), -1.0 / 1.2)
            : grassroots ? 2 : 15 * Math.Pow(1.0 - rng.NextDouble(), -1.0 / 1.5);
        var issuesRegulations = agency.EndsWith("市人民政府办公室") && !agency.Contains("区") && !agency.Contains("县");
        var normative = grassroots ? 0.3 : agency.Contains("人民政府") ? 4 : 1.2;
        return new AgencyProfile(requestScale, enforcement, issuesRegulations, normative);
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, this does not.</summary>
    public static int StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var ch in text) { hash ^= ch; hash *= 16777619u; }
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
