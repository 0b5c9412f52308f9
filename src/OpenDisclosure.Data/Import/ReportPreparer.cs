using System.Security.Cryptography;
using OpenDisclosure.Formats;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Import;

/// <summary>The parallel, database-free stage of an import: read, hash, decode, parse and validate one file.</summary>
internal static class ReportPreparer
{
    /// <summary>Parser diagnostics that leave nothing worth storing: the report cannot be filed under an agency and year.</summary>
    private static readonly string[] BlockingRules = ["parse.empty", "parse.not_text", "parse.agency_missing", "parse.year_missing"];

    public static PreparedReport Prepare(Func<ReportSource> load, string file, IReadOnlySet<string> storedHashes)
    {
        ReportSource source;
        try
        {
            source = load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(file, "", 0, $"cannot read the file: {e.Message}");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(source.Content));
        if (storedHashes.Contains(sha))
            return new PreparedReport(file, sha, AlreadyStored: true, null, null);

        var read = ReportText.Read(source);
        if (read.IsUnreadable)
            return Failed(file, sha, 0, DocumentCheck.Error(read));

        CheckedReport checkedReport;
        YearTables? yearTables;
        NarrativePrint narrative;
        try
        {
            checkedReport = DocumentCheck.Check(read);
            // Read here, inside the guard: a failure on one report (an overflow once did) fails that file, not the batch.
            yearTables = YearTables.From(checkedReport.Report);
            narrative = NarrativePrint.Of(checkedReport.Report);
        }
        catch (Exception e)
        {
            // The parser promises not to throw; if it does, this file fails and the batch goes on.
            return Failed(file, sha, 0, $"internal error while checking: {e.GetType().Name}: {e.Message}");
        }

        if (Blocking(checkedReport) is { } blocking)
            return Failed(file, sha, blocking.Location.Line ?? 0, $"{blocking.RuleId}: {blocking.MessageEn}");
        if (string.IsNullOrWhiteSpace(checkedReport.Report.AgencyName))
            return Failed(file, sha, 1, "parse.agency_missing: no agency name found in the title");
        if (checkedReport.Report.Year is null)
            return Failed(file, sha, 1, "parse.year_missing: no report year found in the title");

        return new PreparedReport(file, sha, AlreadyStored: false, checkedReport, null) { YearTables = yearTables, Narrative = narrative };
    }

    private static Finding? Blocking(CheckedReport report) =>
        BlockingRules.Select(id => report.Findings.FirstOrDefault(f => f.RuleId == id)).FirstOrDefault(f => f is not null);

    private static PreparedReport Failed(string file, string sha, int line, string message) =>
        new(file, sha, AlreadyStored: false, null, new ImportFailure(file, line, message));
}
