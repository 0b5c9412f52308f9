using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Formats.Tests;

/// <summary>Every table cell of a parsed report under a stable key (table, row, column), for cell-by-cell comparison.</summary>
public static class ParsedCells
{
    public static ParseResult Parse(string fileName, byte[] content)
    {
        var read = DocumentReader.Read(fileName, content);
        Assert.True(read.Succeeded, string.Join("; ", read.Diagnostics.Select(d => d.MessageEn)));
        return ReportParser.Parse(read.Text);
    }

    public static SortedDictionary<string, decimal?> Of(AnnualReport report)
    {
        var cells = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (code, cell) in report.Proactive?.Cells ?? new Dictionary<string, Cell>())
            cells[$"二/{code}"] = cell.Value;
        foreach (var row in report.Requests?.Rows ?? [])
            foreach (var column in ApplicantColumns.All)
                cells[$"三/{row.Code}/{column.Code}"] = row[column.Column].Value;
        if (report.ReviewLitigation is { } review)
            for (var i = 0; i < review.Cells.Count; i++)
                cells[$"四/{ReviewLitigationTable.Groups[i / 5].Code}/{ReviewLitigationTable.Measures[i % 5].Code}"] = review.Cells[i].Value;
        return cells;
    }

    /// <summary>The cells of <paramref name="actual"/> that equal the same cell of <paramref name="expected"/>, and the ones that differ.</summary>
    public static (int Exact, List<string> Different) Compare(SortedDictionary<string, decimal?> expected, SortedDictionary<string, decimal?> actual)
    {
        var different = expected.Where(e => !actual.TryGetValue(e.Key, out var a) || a != e.Value)
            .Select(e => $"{e.Key}: expected {e.Value?.ToString() ?? "missing"}, got {(actual.TryGetValue(e.Key, out var a) ? a?.ToString() ?? "missing" : "absent")}")
            .ToList();
        return (expected.Count - different.Count, different);
    }
}
