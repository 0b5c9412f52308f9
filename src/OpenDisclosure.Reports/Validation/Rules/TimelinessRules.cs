using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>
/// The annual report is due by 31 January of the following year (《政府信息公开条例》第五十条); the signature
/// date (落款日期) is the only date the report itself gives.
/// </summary>
public sealed class TimelinessRules : IReportRule
{
    private const string Article = "《中华人民共和国政府信息公开条例》第五十条";

    public static readonly RuleDescriptor DateMissing = new("date.missing", Severity.Warning,
        "落款没有日期，无法判断是否按时公布", "The signature has no date: timeliness cannot be checked", Article);

    public static readonly RuleDescriptor DateLate = new("date.late", Severity.Warning,
        "落款日期晚于次年1月31日", "Signed after 31 January of the following year", Article);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [DateMissing, DateLate];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.PublishedOn is not { } signed)
        {
            yield return DateMissing.At(FindingLocation.Report,
                "报告落款未注明日期。", "The report's signature block has no date.",
                expected: "a signature date", actual: "none");
            yield break;
        }
        if (report.Year is not { } year) yield break;

        var deadline = new DateOnly(year + 1, 1, 31);
        if (signed <= deadline) yield break;
        var days = signed.DayNumber - deadline.DayNumber;
        var line = report.PublishedOnLine > 0 ? report.PublishedOnLine : (int?)null;
        yield return DateLate.At(new FindingLocation(RuleText.SectionAt(report, report.PublishedOnLine), Line: line),
            $"落款日期{signed:yyyy年M月d日}晚于公布期限{deadline:yyyy年M月d日}{days}天。",
            $"Signed on {Iso(signed)}, {days} days after the deadline {Iso(deadline)}.",
            expected: $"<= {Iso(deadline)}", actual: Iso(signed));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
