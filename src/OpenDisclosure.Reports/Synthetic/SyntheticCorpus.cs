namespace OpenDisclosure.Reports.Synthetic;

/// <summary>Shape of a generated corpus.</summary>
public sealed record CorpusOptions
{
    /// <summary>Consecutive years per agency (a series).</summary>
    public int YearsPerAgency { get; init; } = 4;

    /// <summary>Agencies start in 2019, 2020 or 2021 (both templates occur), so the last year is at most 2024 with 4 years.</summary>
    public int EarliestYear { get; init; } = 2019;

    /// <summary>Share of reports with one injected single-report defect, and of agencies with a cross-year break.</summary>
    public double DefectShare { get; init; } = 0.02;
}

/// <summary>One report of a corpus, with what was broken in it (single-report ids and, for the break year, the series defect).</summary>
public sealed record CorpusEntry(int Index, string FileName, string Agency, int Year, SyntheticReport Report, SeriesDefect? SeriesDefect);

/// <summary>
/// A deterministic stream of reports over realistic agencies, several years each, with a small share of injected
/// defects. Streaming: only one agency's series is in memory, so a benchmark can write a million files.
/// </summary>
public static class SyntheticCorpus
{
    public static IEnumerable<CorpusEntry> Enumerate(int seed, int count, CorpusOptions? options = null)
    {
        options ??= new CorpusOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.YearsPerAgency, 1);
        var index = 0;
        for (var agencyIndex = 0; index < count; agencyIndex++)
        {
            var agencySeed = RandomExtensions.Mix(seed, agencyIndex);
            var rng = new Random(agencySeed);
            var agency = AgencyNames.Get(agencyIndex % AgencyNames.Count);
            var firstYear = options.EarliestYear + rng.Next(3);
            SeriesDefect? seriesDefect = rng.Chance(options.DefectShare)
                ? (rng.Chance(0.5) ? Synthetic.SeriesDefect.CarryOverBreak : Synthetic.SeriesDefect.InForceBreak)
                : null;
            var singles = Enumerable.Range(firstYear, options.YearsPerAgency)
                .ToDictionary(y => y, _ => rng.Chance(options.DefectShare) ? rng.Pick(SyntheticDefects.Supported) : null);

            var series = SyntheticSeries.Generate(agencySeed, agency, firstYear, options.YearsPerAgency, seriesDefect, y => singles[y]);
            foreach (var report in series.Reports)
            {
                if (index >= count) yield break;
                var year = report.Expected.Year!.Value;
                var name = $"{index:D7}_{(uint)RandomExtensions.Mix(agencySeed, year):x8}.txt";
                yield return new CorpusEntry(index, name, agency, year, report, series.DefectYear == year ? series.Defect : null);
                index++;
            }
        }
    }
}
