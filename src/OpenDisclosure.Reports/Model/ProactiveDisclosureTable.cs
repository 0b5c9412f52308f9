namespace OpenDisclosure.Reports.Model;

/// <summary>Table 二 (主动公开政府信息情况): one cell per field of the report's template.</summary>
public sealed class ProactiveDisclosureTable
{
    public ProactiveDisclosureTable(ReportFormat format, IReadOnlyDictionary<string, Cell> cells)
    {
        Format = format;
        Cells = cells;
    }

    public ReportFormat Format { get; }

    /// <summary>Cells by <see cref="ProactiveField.Code"/>. Every field of the template has an entry (missing cells included).</summary>
    public IReadOnlyDictionary<string, Cell> Cells { get; }

    public Cell this[string code] => Cells.TryGetValue(code, out var cell) ? cell : Cell.Missing();
}
