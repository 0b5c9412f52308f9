using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>Number and label formatting shared by the rule families, so evidence reads the same everywhere.</summary>
internal static class RuleText
{
    public static string Num(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Zh(ApplicantColumn column) => ApplicantColumns.All[(int)column].LabelZh;

    public static string En(ApplicantColumn column) => ApplicantColumns.All[(int)column].LabelEn;

    /// <summary>Sums the cells, or null when any of them is missing (arithmetic rules then stay silent).</summary>
    public static decimal? SumOrNull(IEnumerable<Cell> cells)
    {
        decimal sum = 0;
        foreach (var cell in cells)
        {
            if (cell.Value is not { } v) return null;
            sum += v;
        }
        return sum;
    }

    /// <summary>The section (1–6) whose lines include <paramref name="line"/>, so a finding on a sentence names its section.</summary>
    public static int? SectionAt(AnnualReport report, int line) =>
        line <= 0 ? null : report.Sections.FirstOrDefault(s => s.StartLine <= line && line <= s.EndLine)?.Number;

    /// <summary>The first non-zero line among the cells (a finding points at the line the reader should look at).</summary>
    public static int? LineOf(params Cell[] cells) =>
        cells.Select(c => c.Line).FirstOrDefault(l => l > 0) is var l and > 0 ? l : null;
}
