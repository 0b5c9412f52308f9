namespace OpenDisclosure.Data.Rows;

/// <summary>
/// How much of a report's narrative repeats another stored report: the same agency's previous report
/// (<c>previous_year</c>) or the closest other report of the same year (<c>same_year</c>). Recomputed by the
/// similarity pass after every import that touches the report or its neighbours.
/// </summary>
public sealed class SimilarityRow
{
    public int ReportId { get; set; }

    /// <summary>previous_year or same_year.</summary>
    public required string Kind { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }
    public int OtherReportId { get; set; }

    /// <summary>0–1: the share of this report's narrative characters covered by shingles the other report also has.</summary>
    public double Share { get; set; }

    /// <summary>Characters compared (letters and CJK; punctuation, spaces and digits aside).</summary>
    public int Characters { get; set; }

    /// <summary>JSON array of {section, share, characters}.</summary>
    public required string SectionShares { get; set; }

    /// <summary>JSON array of the longest repeated passages, quoted from this report.</summary>
    public required string Passages { get; set; }
}
