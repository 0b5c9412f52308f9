namespace OpenDisclosure.Data.Rows;

/// <summary>An agency (机关) known from any loaded report, identified by its name as printed.</summary>
public sealed class AgencyRow
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>
    /// Loaded reports of the agency, and their first and last year: kept by the importer
    /// (<c>AgencySummaries</c>) so a page of agencies is read without counting reports per agency.
    /// </summary>
    public int ReportCount { get; set; }
    public int? FirstYear { get; set; }
    public int? LastYear { get; set; }

    public List<ReportRow> Reports { get; set; } = [];
}
