using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats.Pdf;

/// <summary>
/// Puts a data row's numbers into columns by their x-positions. Column centres are measured on the complete rows
/// (as many numbers as columns). A complete row keeps its order only when every number also sits nearest its own
/// column's centre (a page number or a stray value from the next line would otherwise shift the row by one); with
/// fewer numbers, each goes to the column whose centre is clearly nearest. If any number is not clearly nearer one
/// column than the next, the row's values are left empty and a finding gives the position. A guessed number is
/// worse than a missing one.
/// </summary>
public sealed class ValuePlacer
{
    private readonly int _columns;
    private readonly double[] _centres;
    private readonly string _fileName;
    private readonly List<Finding> _diagnostics;

    /// <param name="headerCentres">The centres of the header's leaf cells (结果维持 … 总计), used when no row is complete.</param>
    public ValuePlacer(List<LayoutLine> dataLines, int? expectedColumns, string fileName, List<Finding> diagnostics, double[]? headerCentres = null)
    {
        _columns = expectedColumns ?? (dataLines.Count > 0 ? dataLines.Max(l => l.Values.Count) : 0);
        var complete = dataLines.Where(l => l.Values.Count == _columns).ToList();
        _centres = complete.Count == 0 && headerCentres?.Length == _columns
            ? headerCentres
            : Enumerable.Range(0, _columns)
                .Select(c => complete.Count == 0 ? double.NaN : complete.Average(l => Centre(l.Values[c])))
                .ToArray();
        _fileName = fileName;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<string> Place(LayoutLine line, string? label)
    {
        var values = line.Values;
        if (values.Count == _columns && InOwnColumns(values)) return values.Select(v => v.Text).ToArray();
        var cells = Enumerable.Repeat("", Math.Max(_columns, 0)).ToArray();
        if (values.Count < _columns && TryByPosition(values, cells)) return cells;

        _diagnostics.Add(FormatFindings.Warning("pdf_cell_unplaced",
            $"{line.Where}：“{label}”一行有{values.Count}个数值，表格有{_columns}列，无法确定各数值所在列，已留空",
            $"{_fileName}: {line.Where}: row \"{label}\" has {values.Count} values for {_columns} columns and their columns are not certain; left empty",
            line.Raw.Trim()));
        return Enumerable.Repeat("", _columns).ToArray();
    }

    private bool InOwnColumns(IReadOnlyList<Fragment> values)
    {
        if (_centres.Any(double.IsNaN)) return true; // unreachable: this row is itself complete
        for (var i = 0; i < values.Count; i++)
        {
            var centre = Centre(values[i]);
            var nearest = Array.IndexOf(_centres, _centres.MinBy(c => Math.Abs(c - centre)));
            if (nearest != i) return false;
        }
        return true;
    }

    private bool TryByPosition(IReadOnlyList<Fragment> values, string[] cells)
    {
        if (_centres.Any(double.IsNaN)) return false;
        var last = -1;
        foreach (var value in values)
        {
            var order = _centres.Select((c, i) => (Distance: Math.Abs(c - Centre(value)), Column: i)).OrderBy(d => d.Distance).ToArray();
            var (best, runnerUp) = (order[0], order.Length > 1 ? order[1] : (Distance: double.MaxValue, Column: -1));
            if (best.Column <= last || best.Distance * 2 >= runnerUp.Distance) return false;
            cells[best.Column] = value.Text;
            last = best.Column;
        }
        return true;
    }

    private static double Centre(Fragment fragment) => fragment.Start + fragment.Text.Length / 2.0;
}
