using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>
/// Narrative checks: numbers the text states about requests against tables 三/四, and the same fact stated twice with
/// different numbers. The reading is in Narrative/; only confident readings become findings.
/// </summary>
public sealed class NarrativeRules : IReportRule
{
    public static readonly RuleDescriptor TableMismatch = new(
        "narrative.table_mismatch", Severity.Warning,
        "正文所述申请数量或比例（收到、予以公开、部分公开、不予公开、无法提供、不予处理、其他处理、结转、行政复议、行政诉讼）与表格不一致",
        "A number or share the text states about requests (received, granted, partially granted, denied, unavailable, not processed, other, carried over/forward, reviews, lawsuits) differs from tables 3/4",
        "consistency");

    public static readonly RuleDescriptor Contradiction = new(
        "narrative.contradiction", Severity.Warning,
        "正文对同一事项前后给出不同数字（如第一部分与第六部分的政协提案件数不同）",
        "The text states the same fact with different numbers in different places (e.g. proposals received in section 1 vs section 6)",
        "consistency");

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [TableMismatch, Contradiction];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        // Split once: both checks read the same sentences (splitting was a tenth of a report's check time).
        var sentences = NarrativeText.Sentences(report);
        return TableAgreement.Check(report, sentences).Concat(Contradictions.Check(report, sentences));
    }
}
