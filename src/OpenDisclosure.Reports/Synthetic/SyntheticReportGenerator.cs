using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Generates one annual report in the flattened text layout of data/reports, with known numbers: the same seed and
/// options always give the same text. Tables are consistent unless a defect is asked for; then exactly that rule breaks.
/// </summary>
public static class SyntheticReportGenerator
{
    public static SyntheticReport Generate(int seed, SyntheticOptions? options = null)
    {
        options ??= new SyntheticOptions();
        if (options.Defect is { } asked && !SyntheticDefects.IsSupported(asked))
            throw new ArgumentException($"Unsupported defect '{asked}'. Supported: {string.Join(", ", SyntheticDefects.Supported)}", nameof(options));

        var rng = new Random(seed);
        var year = options.Year ?? options.Format switch
        {
            ReportFormat.Format2019 => rng.Next(2019, 2021),
            ReportFormat.Format2021 => rng.Next(2021, 2025),
            _ => rng.Next(2019, 2025),
        };
        var format = options.Format ?? (year <= 2020 ? ReportFormat.Format2019 : ReportFormat.Format2021);
        var agency = options.AgencyName ?? AgencyNames.Get(rng.Next(AgencyNames.Count));
        var profile = AgencyProfile.For(agency);
        var layout = SyntheticLayout.Draw(rng);

        var requests = SyntheticNumbers.Requests(rng, format, profile, options.Previous?.CarriedForward, 0);
        var draft = new ReportDraft
        {
            Format = format,
            Agency = agency,
            SignatureName = layout.ShortSignatureName ? AgencyNames.Short(agency) : agency,
            Year = year,
            Requests = requests,
            Review = SyntheticNumbers.Review(rng, requests[0, (int)ApplicantColumn.Total].Count),
            Proactive = SyntheticNumbers.Proactive(rng, format, profile, options.Previous, options.InForceOffset),
            Period = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            PeriodPlacement = rng.Chance(0.35) ? PeriodPlacement.Preamble : PeriodPlacement.SectionSix,
        };
        ApplyDates(draft, rng, options.Defect switch
        {
            "date.missing" => DatePolicy.Missing,
            "date.late" => DatePolicy.Late,
            _ => options.Dates,
        });

        var before = Facts(draft, null);
        if (options.Defect is { } defect && !defect.StartsWith("date.", StringComparison.Ordinal))
            DefectInjector.Apply(draft, rng, defect);
        // The narrative quotes the table as printed, so an arithmetic defect stays arithmetic and does not also
        // become a narrative contradiction; a blanked cell is quoted with the number it had.
        var facts = Facts(draft, before) with
        {
            PreviousNewRequests = options.Previous?.NewRequests is { } last && rng.Chance(0.6) ? last : null,
        };

        var (text, expected) = new ReportTextWriter(draft, layout, rng, facts).Write();
        return new SyntheticReport(text, expected, draft.Defects.Distinct().ToList());
    }

    private static void ApplyDates(ReportDraft draft, Random rng, DatePolicy policy)
    {
        switch (policy)
        {
            case DatePolicy.Missing:
                draft.PublishedOn = null;
                draft.SignatureAgencyLine = rng.Chance(0.6); // 永安镇 signs without a date; 张范街道 does not sign at all
                draft.Defects.Add("date.missing");
                break;
            case DatePolicy.Late:
                draft.PublishedOn = DefectInjector.LateDate(rng, draft.Year);
                draft.Defects.Add("date.late");
                break;
            default:
                draft.PublishedOn = new DateOnly(draft.Year + 1, 1, rng.Next(5, 32));
                break;
        }
    }

    private static NarrativeFacts Facts(ReportDraft d, NarrativeFacts? fallback)
    {
        long Total(string row, long? previous) => d.Request(row, ApplicantColumn.Total).Value is { } v ? (long)v : previous ?? 0;
        var issued = d.Proactive.GetValueOrDefault("normativeDocuments.issued") ?? d.Proactive["normativeDocuments.newlyMade"];
        return new NarrativeFacts(
            Total(RequestRows.NewRequests, fallback?.NewRequests), Total(RequestRows.CarriedOver, fallback?.CarriedOver),
            Total(RequestRows.TotalProcessed, fallback?.Processed), Total(RequestRows.CarriedForward, fallback?.CarriedForward),
            issued.Value is { } n ? (long)n : fallback?.NormativeIssued ?? 0);
    }
}
