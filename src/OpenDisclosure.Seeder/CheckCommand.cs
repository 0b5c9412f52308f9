using System.Security.Cryptography;
using System.Text.Json;
using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Formats;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Validation;


namespace OpenDisclosure.Seeder;

/// <summary>
/// <c>od-seed check</c>: parse and validate without a database. Text mode prints one line per finding as
/// <c>file:line: severity rule-id message</c>; <c>--json</c> prints the report as <c>GET /api/v1/reports/{id}</c> does
/// (a single object for one file, an array for several). Exit code 1 when a file is unreadable or has an error finding;
/// 70 when checking a file failed inside the tool (that file is named, the others are still checked).
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] paths, bool json, TextWriter stdout, TextWriter stderr)
    {
        var files = ReportFiles.Expand(paths).ToList();
        var details = new List<ReportDetail>();
        var counts = new Dictionary<Severity, int>();
        var failed = false;
        var internalError = false;

        foreach (var file in files)
        {
            CheckedReport? checkedReport;
            string sha, error;
            try
            {
                (checkedReport, sha, error) = Check(file);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug met on one file: named in one line, and the rest of the files are still checked.
                stderr.WriteLine($"{file}:0: error internal.error {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                internalError = true;
                continue;
            }
            if (checkedReport is null)
            {
                stderr.WriteLine($"{file}:0: error {error}");
                failed = true;
                continue;
            }

            foreach (var finding in checkedReport.Findings)
            {
                counts[finding.Severity] = counts.GetValueOrDefault(finding.Severity) + 1;
                failed |= finding.Severity == Severity.Error;
                if (!json)
                    stdout.WriteLine($"{file}:{finding.Location.Line ?? 0}: {finding.Severity.Code()} {finding.RuleId} {finding.MessageEn}");
            }
            if (json)
                details.Add(ReportDetailMapper.FromChecked(checkedReport) with
                {
                    Source = new SourceDto(Path.GetFileName(file), sha, DateTime.UtcNow),
                });
        }

        var totals = $"checked {files.Count} file(s): {counts.GetValueOrDefault(Severity.Error)} error, " +
            $"{counts.GetValueOrDefault(Severity.Warning)} warning, {counts.GetValueOrDefault(Severity.Info)} info";
        if (json)
        {
            var options = ContractJson.Create(indented: true);
            stdout.WriteLine(details.Count == 1 ? JsonSerializer.Serialize(details[0], options) : JsonSerializer.Serialize(details, options));
            stderr.WriteLine(totals);
        }
        else
        {
            stdout.WriteLine(totals);
        }
        return internalError ? ExitCodes.InternalError : failed ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static (CheckedReport? Report, string Sha256, string Error) Check(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "", $"read.failed cannot read the file: {e.Message}");
        }
        var read = ReportText.Read(new ReportSource(file, bytes));
        if (read.IsUnreadable) return (null, "", $"read.not_text {DocumentCheck.Error(read)}");
        return (DocumentCheck.Check(read), Convert.ToHexStringLower(SHA256.HashData(bytes)), "");
    }
}
