using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Formats;

/// <summary>
/// Reads a report file of any kind and checks it: the one path shared by the seeder, <c>check</c> and POST /validate.
/// Reading findings (<c>format.*</c>) come first, then the parser's and the rules'. A file that yields no text gives
/// an empty report whose findings say why.
/// </summary>
public static class DocumentCheck
{
    public static CheckedReport Run(string fileName, byte[] content) => Check(DocumentReader.Read(fileName, content));

    public static CheckedReport Check(DocumentReadResult read)
    {
        if (read.IsUnreadable) return new CheckedReport(new AnnualReport(), read.Diagnostics);
        var checkedReport = ReportCheck.Run(read.Text);
        // Tables published as images are there, only unreadable: the format finding says so instead of "table missing".
        if (read.Diagnostics.Any(d => d.RuleId == "format." + Html.HtmlReader.TablesAsImagesRule))
            checkedReport = checkedReport with { Findings = [.. checkedReport.Findings.Where(f => f.RuleId != "table.missing")] };
        return read.Diagnostics.Count == 0 ? checkedReport : checkedReport with { Findings = [.. read.Diagnostics, .. checkedReport.Findings] };
    }

    /// <summary>The first error of a read that produced no text, as one line for a failure list.</summary>
    public static string Error(DocumentReadResult read) =>
        read.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error
            ? $"{error.RuleId}: {error.MessageEn}"
            : $"{read.FileName}: no text could be read";
}
