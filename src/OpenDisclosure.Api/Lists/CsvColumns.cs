namespace OpenDisclosure.Api.Lists;

/// <summary>The CSV layout of one list: header codes and how each item writes its fields, in the same order.</summary>
public sealed class CsvColumns<T>
{
    private readonly List<(string Header, Action<CsvWriter, T> Write)> _columns = [];

    public IReadOnlyList<string> Headers => _columns.Select(c => c.Header).ToList();

    public CsvColumns<T> Add(string header, Action<CsvWriter, T> write)
    {
        _columns.Add((header, write));
        return this;
    }

    public void WriteRow(CsvWriter csv, T item)
    {
        foreach (var (_, write) in _columns) write(csv, item);
        csv.EndRow();
    }
}
