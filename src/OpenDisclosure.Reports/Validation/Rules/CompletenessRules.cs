using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>The template's six sections (一 … 六) and its three tables (二, 三, 四) must all be there.</summary>
public sealed class CompletenessRules : IReportRule
{
    private const string Notice = "国办公开办函〔2021〕30号 年度报告格式";

    public static readonly RuleDescriptor TableMissing = new("table.missing", Severity.Error,
        "缺少表二、表三或表四", "Table 2, 3 or 4 is absent", Notice);

    public static readonly RuleDescriptor SectionMissing = new("section.missing", Severity.Warning,
        "缺少一至六中的某一部分", "One of the six sections (一 … 六) is absent", Notice);

    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六"];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [TableMissing, SectionMissing];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        var present = new (int Section, bool Present, string TitleZh, string TitleEn)[]
        {
            (2, report.Proactive is not null, "主动公开政府信息情况", "proactive disclosure"),
            (3, report.Requests is not null, "收到和处理政府信息公开申请情况", "requests received and processed"),
            (4, report.ReviewLitigation is not null, "行政复议、行政诉讼情况", "administrative review and litigation"),
        };
        foreach (var (section, isPresent, zh, en) in present.Where(t => !t.Present))
            yield return TableMissing.At(new FindingLocation(section),
                $"未找到表{Numerals[section]}（{zh}）。", $"Table {section} ({en}) was not found.",
                expected: $"table {section}", actual: "absent");

        foreach (var (number, titleZh, titleEn) in ReportSection.Expected)
        {
            if (report.Section(number) is not null) continue;
            yield return SectionMissing.At(new FindingLocation(number),
                $"未找到第{Numerals[number]}部分（{titleZh}）。", $"Section {number} ({titleEn}) was not found.",
                expected: $"{Numerals[number]}、{titleZh}", actual: "absent");
        }
    }
}
