using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>The stated 统计期限 must be the calendar year the report covers (1 January – 31 December).</summary>
public sealed class PeriodRules : IReportRule
{
    private const string Notice = "国办公开办函〔2021〕30号 年度报告格式 六(五)";

    public static readonly RuleDescriptor Mismatch = new("period.mismatch", Severity.Warning,
        "所述统计期限不是报告年度的1月1日至12月31日",
        "The stated statistical period is not 1 January – 31 December of the report year", Notice);

    public static readonly RuleDescriptor PeriodMissing = new("period.missing", Severity.Info,
        "报告未说明数据的统计期限", "The report does not state its statistical period", Notice);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Mismatch, PeriodMissing];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.StatisticalPeriod is not { } period)
        {
            yield return PeriodMissing.At(FindingLocation.Report,
                "报告未说明数据的统计期限。", "The report does not state its statistical period.",
                expected: "a statistical period", actual: "none");
            yield break;
        }
        if (report.Year is not { } year) yield break;

        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (period.Start == start && period.End == end) yield break;
        yield return Mismatch.At(new FindingLocation(RuleText.SectionAt(report, period.Line), Line: period.Line > 0 ? period.Line : null),
            $"统计期限为{period.Start:yyyy年M月d日}至{period.End:yyyy年M月d日}，与报告年度{year}年不一致。",
            $"The statistical period {Range(period.Start, period.End)} does not match the report year {year}.",
            expected: Range(start, end), actual: Range(period.Start, period.End));
    }

    private static string Range(DateOnly start, DateOnly end) =>
        $"{start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
