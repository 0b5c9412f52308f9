namespace OpenDisclosure.Data.Rows;

/// <summary>
/// One cell of table 二 (主动公开), stored tidy because the two templates have different fields.
/// <see cref="Field"/> is a <c>ProactiveFields</c> code such as <c>normativeDocuments.inForce</c>.
/// </summary>
public sealed class ProactiveCellRow
{
    public int ReportId { get; set; }
    public required string Field { get; set; }

    /// <summary>Null when the cell is blank or a placeholder: never stored as 0.</summary>
    public decimal? Value { get; set; }
    public int Line { get; set; }
}
