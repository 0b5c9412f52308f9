using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Narrative;

/// <summary>Compares the request numbers the narrative states with tables 三 and 四 (rule narrative.table_mismatch).</summary>
public static class TableAgreement
{
    public static IEnumerable<Finding> Check(AnnualReport report) => Check(report, NarrativeText.Sentences(report));

    public static IEnumerable<Finding> Check(AnnualReport report, IReadOnlyList<NarrativeSentence> sentences)
    {
        var claims = RequestClaimExtractor.Extract(sentences, report.Year);
        foreach (var claim in claims)
        {
            var readings = TableFacts.Readings(report, claim.Measure);
            if (readings.Count == 0) continue;
            if (!readings.Any(r => r.Value == claim.Count))
            {
                yield return CountMismatch(claim, readings[0]);
                continue;
            }
            if (claim.Percent is { } percent && ShareMismatch(report, claim, percent) is { } share)
                yield return share;
        }
    }

    private static Finding CountMismatch(RequestClaim claim, TableReading table)
    {
        var stated = claim.Negated ? "0（未发生）" : $"{claim.Count}件";
        return NarrativeRules.TableMismatch.At(
            Where(claim),
            $"正文称{claim.Measure.LabelZh()}{stated}，{table.LabelZh}为{table.Value}件。",
            $"The text states {claim.Count} {claim.Measure.LabelEn()}{(claim.Negated ? " (none)" : "")}; {table.LabelEn} is {table.Value}.",
            expected: table.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            actual: claim.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            evidence: Quote(claim.Sentence));
    }

    /// <summary>A share agrees when it fits any plausible denominator within <see cref="PercentTolerance"/>.</summary>
    private static Finding? ShareMismatch(AnnualReport report, RequestClaim claim, StatedPercent percent)
    {
        var denominators = TableFacts.ShareDenominators(report).Where(d => d.Value > 0).ToList();
        if (denominators.Count == 0) return null;
        var part = TableFacts.Readings(report, claim.Measure).First(r => r.Value == claim.Count).Value;
        if (denominators.Any(d => PercentTolerance.Agrees(percent, PercentTolerance.Share(part, d.Value)!.Value))) return null;

        var main = denominators[0];
        var exact = Math.Round(PercentTolerance.Share(part, main.Value)!.Value, Math.Max(2, percent.Decimals), MidpointRounding.AwayFromZero);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return NarrativeRules.TableMismatch.At(
            Where(claim),
            $"正文称{claim.Measure.LabelZh()}{claim.Count}件占{percent.Value.ToString(inv)}%，按表格为{part}/{main.Value} = {exact.ToString(inv)}%（{main.LabelZh}为分母；允许末位±1的舍入误差）。",
            $"The text states {claim.Measure.LabelEn()} at {percent.Value.ToString(inv)}%; the tables give {part}/{main.Value} = {exact.ToString(inv)}% ({main.LabelEn} as denominator; one unit of the last printed decimal tolerated).",
            expected: exact.ToString(inv) + "%",
            actual: percent.Value.ToString(inv) + "%",
            evidence: Quote(claim.Sentence));
    }

    internal static FindingLocation Where(RequestClaim claim) =>
        new(Section: claim.Sentence.Section is >= 1 and <= 6 ? claim.Sentence.Section : null,
            Row: claim.Measure.RowCode(), Column: ApplicantColumn.Total.Code());

    internal static string Quote(NarrativeSentence sentence) =>
        sentence.Section is >= 1 and <= 6
            ? $"第{"一二三四五六"[sentence.Section - 1]}部分：「{sentence.Text}」"
            : $"前言：「{sentence.Text}」";
}
