namespace OpenDisclosure.Data.Rows;

/// <summary>
/// One report's table 三 measures (<see cref="Stats.OutcomeMeasures"/>), derived at import from its request-outcome
/// rows so GET /stats/request-outcomes adds up one row per report instead of reading 25. Null when a row the measure
/// needs is missing or blank in the report (never 0), or when the sum would not fit in 64 bits.
/// </summary>
public sealed class OutcomeMeasureRow
{
    public int ReportId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }

    public long? NewRequests { get; set; }
    public long? CarriedOver { get; set; }
    public long? Granted { get; set; }
    public long? PartiallyGranted { get; set; }
    public long? Denied { get; set; }
    public long? Unavailable { get; set; }
    public long? NotProcessed { get; set; }
    public long? Other { get; set; }
    public long? TotalProcessed { get; set; }
    public long? CarriedForward { get; set; }
}
