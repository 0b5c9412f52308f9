namespace OpenDisclosure.Data.Rows;

/// <summary>
/// A report's narrative kept for text comparison (内容雷同): the preamble and section texts, and the MinHash
/// signature the similarity pass looks candidates up by. Stored at import; the pass never re-parses files.
/// </summary>
public sealed class NarrativeRow
{
    public int ReportId { get; set; }
    public int AgencyId { get; set; }
    public int Year { get; set; }

    /// <summary>The MinHash signature, base64 of 63 little-endian uint32 values.</summary>
    public required string Signature { get; set; }

    /// <summary>JSON array of [section, text] pairs (section 0 = preamble).</summary>
    public required string Sections { get; set; }
}
