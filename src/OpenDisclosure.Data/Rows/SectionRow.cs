namespace OpenDisclosure.Data.Rows;

/// <summary>A numbered section (一 … 六) found in a report, with its heading as printed.</summary>
public sealed class SectionRow
{
    public int ReportId { get; set; }
    public int Number { get; set; }
    public required string Heading { get; set; }
    public int StartLine { get; set; }
}
