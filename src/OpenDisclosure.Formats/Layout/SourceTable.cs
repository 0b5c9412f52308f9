namespace OpenDisclosure.Formats.Layout;

/// <summary>One cell as the source declares it: text plus how many rows and grid columns it covers.</summary>
public sealed record SourceCell(string Text, int RowSpan = 1, int ColSpan = 1, string? Position = null);

/// <summary>
/// A table as HTML or Word declare it: rows of cells with spans, merged cells present only in the row where they
/// start. HTML rowspan/colspan and Word vMerge/gridSpan both come here, so the grid logic is written once.
/// </summary>
public sealed class SourceTable
{
    public List<List<SourceCell>> Rows { get; } = [];

    public SourceTable AddRow(params SourceCell[] cells)
    {
        Rows.Add([.. cells]);
        return this;
    }
}
