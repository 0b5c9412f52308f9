using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Similarity;

/// <summary>What a report was compared with: the same agency's previous report, or the closest other report of its year.</summary>
public static class MatchKinds
{
    public const string PreviousYear = "previous_year";
    public const string SameYear = "same_year";
}

/// <summary>A report's narrative measured against another stored report.</summary>
/// <param name="OtherRef">How findings name the other report (agency, year, report id, file).</param>
public sealed record TextMatch(string Kind, int OtherReportId, string OtherRef, TextOverlap Overlap);

/// <summary>
/// 内容雷同: the format notices name copied content as a fault, and evaluators' grids flag more than half of the text
/// repeated from last year's report for a person to confirm. Raised on the later (or the compared) report, naming
/// the other one and quoting the repeated passages.
/// </summary>
public static class SimilarityRules
{
    /// <summary>More than this share of the narrative repeated is flagged (the grid's 50 %).</summary>
    public const decimal Threshold = 0.5m;

    public static readonly RuleDescriptor Copied = new(
        "similarity.copied", Severity.Warning,
        "正文内容与本机关上一年度报告或同年其他报告雷同（重复文字超过50%）",
        "More than 50 % of the narrative repeats the agency's previous report or another report of the same year (内容雷同)",
        "国办公开办函〔2021〕30号（内容雷同）");

    public static readonly IReadOnlyList<RuleDescriptor> All = [Copied];

    public static Finding? Check(TextMatch match)
    {
        var overlap = match.Overlap;
        if (overlap.Share <= Threshold || overlap.Characters < TextOverlap.MinCharacters) return null;
        var share = TextOverlap.Percent(overlap.Share);
        var (whatZh, whatEn) = match.Kind == MatchKinds.PreviousYear
            ? ("本机关上一年度报告", "the agency's previous report")
            : ("同年其他报告", "another report of the same year");
        var worst = overlap.Sections.Where(s => s.Characters >= 50).MaxBy(s => s.Share);
        // The row code is the kind: a report has at most one finding of each, and a review keyed by location tells them apart.
        return Copied.At(new FindingLocation(Section: worst?.Section is > 0 ? worst.Section : null, Row: match.Kind),
            $"正文{share}的文字与{whatZh}（{match.OtherRef}）重复。",
            $"{share} of the narrative repeats {whatEn} ({match.OtherRef}).",
            expected: $"<= {TextOverlap.Percent(Threshold)}", actual: share,
            evidence: $"{match.OtherRef}：「{string.Join("」…「", overlap.Passages)}」");
    }
}
