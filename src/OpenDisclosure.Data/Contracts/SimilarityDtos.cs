namespace OpenDisclosure.Data.Contracts;

/// <summary>How much of a report's narrative repeats another report.</summary>
/// <param name="Kind">previous_year (the same agency's report of the year before) or same_year (the closest other report of the year).</param>
/// <param name="Share">0–1: the part of this report's narrative found in the other report.</param>
/// <param name="Characters">Characters compared (letters and CJK; punctuation and spaces aside, a run of digits counts as one).</param>
/// <param name="Flagged">Above the 50 % threshold: the report carries a similarity.copied finding.</param>
/// <param name="Sections">The share per narrative section (0 = the preamble before section 一).</param>
/// <param name="Passages">The longest repeated passages, quoted from this report (at most 3, each cut at 160 characters).</param>
public sealed record SimilarityItem(int ReportId, int AgencyId, string AgencyName, int Year, string Kind, int OtherReportId,
    string OtherAgencyName, int OtherYear, decimal Share, int Characters, bool Flagged, IReadOnlyList<SectionShareItem> Sections,
    IReadOnlyList<string> Passages);

/// <summary>The share of one narrative section repeated.</summary>
public sealed record SectionShareItem(int Section, decimal Share, int Characters);
