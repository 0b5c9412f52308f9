namespace OpenDisclosure.Data.Rows;

/// <summary>
/// A 同比 claim about new requests read from a report's narrative ("收到申请12件，同比下降55.55%"), kept so the
/// cross-year pass can recheck it when the previous year's report arrives later.
/// </summary>
public sealed class YoyClaimRow
{
    public int ReportId { get; set; }
    public int Ordinal { get; set; }
    public bool Increase { get; set; }

    /// <summary>The percentage as printed, as text (e.g. "55.55"): its number of decimals is the tolerance's precision.</summary>
    public required string Percent { get; set; }
    public required string Sentence { get; set; }
    public int? Section { get; set; }
}
