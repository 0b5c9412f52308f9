namespace OpenDisclosure.Data.Rows;

/// <summary>An agency (机关) known from any loaded report, identified by its name as printed.</summary>
public sealed class AgencyRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<ReportRow> Reports { get; set; } = [];
}
