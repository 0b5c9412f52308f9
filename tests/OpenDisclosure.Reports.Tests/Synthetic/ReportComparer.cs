using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Tests.Synthetic;

/// <summary>Compares a parsed report with the generator's expectation cell by cell (value and line) and says what differs.</summary>
internal static class ReportComparer
{
    /// <returns>The differences, and how many table cells were compared.</returns>
    public static (List<string> Differences, int Cells) Compare(AnnualReport expected, AnnualReport actual)
    {
        var diffs = new List<string>();
        var cells = 0;
        void Check<T>(string what, T e, T a)
        {
            if (!EqualityComparer<T>.Default.Equals(e, a)) diffs.Add($"{what}: expected {e}, got {a}");
        }

        Check("agency", expected.AgencyName, actual.AgencyName);
        Check("year", expected.Year, actual.Year);
        Check("format", expected.Format, actual.Format);
        Check("published on", expected.PublishedOn, actual.PublishedOn);
        Check("published line", expected.PublishedOnLine, actual.PublishedOnLine);
        Check("period", expected.StatisticalPeriod, actual.StatisticalPeriod);
        Check("sections", string.Join(",", expected.Sections.Select(s => $"{s.Number}@{s.StartLine}")),
            string.Join(",", actual.Sections.Select(s => $"{s.Number}@{s.StartLine}")));

        Check("table 二 present", expected.Proactive is null, actual.Proactive is null);
        if (expected.Proactive is { } ep && actual.Proactive is { } ap)
            foreach (var field in ProactiveFields.For(expected.Format))
            {
                cells++;
                Cell(diffs, $"二 {field.Code}", ep[field.Code], ap[field.Code]);
            }

        Check("table 三 present", expected.Requests is null, actual.Requests is null);
        if (expected.Requests is { } er && actual.Requests is { } ar)
            foreach (var row in er.Rows)
                foreach (var column in ApplicantColumns.All)
                {
                    cells++;
                    Cell(diffs, $"三 {row.Code}/{column.Code}", row[column.Column], ar[row.Code, column.Column]);
                }

        Check("table 四 present", expected.ReviewLitigation is null, actual.ReviewLitigation is null);
        if (expected.ReviewLitigation is { } ev && actual.ReviewLitigation is { } av)
            for (var i = 0; i < 15; i++)
            {
                cells++;
                Cell(diffs, $"四 {i}", ev.Cells[i], av.Cells[i]);
            }
        return (diffs, cells);
    }

    private static void Cell(List<string> diffs, string where, Cell expected, Cell actual)
    {
        if (expected.Value != actual.Value || expected.Line != actual.Line)
            diffs.Add($"{where}: expected {expected.Value?.ToString() ?? "missing"}@{expected.Line}, got {actual.Value?.ToString() ?? "missing"}@{actual.Line} (\"{actual.Raw}\")");
    }
}
