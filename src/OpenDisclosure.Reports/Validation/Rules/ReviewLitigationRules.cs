using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>Table 四 (行政复议、行政诉讼情况): in each of the three groups 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
public sealed class ReviewLitigationRules : IReportRule
{
    public static readonly RuleDescriptor TotalSum = new("table4.total_sum", Severity.Error,
        "表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        "Table 4, each group: total = upheld + corrected + other + pending",
        "国办公开办函〔2021〕30号、〔2019〕60号 表四");

    private const int TotalMeasure = 4;

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [TotalSum];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.ReviewLitigation is not { } table) yield break;
        for (var group = 0; group < ReviewLitigationTable.Groups.Count; group++)
        {
            var total = table[group, TotalMeasure];
            var parts = Enumerable.Range(0, TotalMeasure).Select(m => table[group, m]).ToList();
            if (total.Value is not { } actual || RuleText.SumOrNull(parts) is not { } expected) continue;
            if (actual == expected) continue;

            var (code, zh, en) = ReviewLitigationTable.Groups[group];
            var terms = string.Join(" + ", parts.Select(p => RuleText.Num(p.Value!.Value)));
            yield return TotalSum.At(
                new FindingLocation(4, code, "total", RuleText.LineOf(total)),
                $"表四“{zh}”：{terms} = {RuleText.Num(expected)}，但总计为{RuleText.Num(actual)}。",
                $"Table 4, {en}: {terms} = {RuleText.Num(expected)}, but the total says {RuleText.Num(actual)}.",
                expected: RuleText.Num(expected), actual: RuleText.Num(actual));
        }
    }
}
