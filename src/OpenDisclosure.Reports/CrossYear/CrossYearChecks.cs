using System.Globalization;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Narrative;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.CrossYear;

/// <summary>
/// Compares a report with the same agency's report of the year before. Pure: the caller finds the pair (from parsed
/// reports or from the store). A missing cell skips its comparison (cell.missing already says so).
/// </summary>
public static class CrossYearChecks
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="previous">The agency's report for <c>current.Year − 1</c>, or null when none is loaded.</param>
    public static IReadOnlyList<Finding> Check(YearTables? previous, YearTables current)
    {
        if (previous is null || previous.Year != current.Year - 1 || previous.Agency != current.Agency)
            return [NotAssessable(current)];

        var findings = new List<Finding>();
        findings.AddRange(CarryOver(previous, current));
        findings.AddRange(InForce(previous, current));
        findings.AddRange(YoyClaims(previous, current));
        return findings;
    }

    /// <summary>
    /// A single report checked on its own (POST /validate): the cross-year checks are not assessable, and saying so
    /// keeps its findings identical to those the store holds for a report whose agency has no previous year loaded.
    /// </summary>
    public static CheckedReport Alone(CheckedReport report) =>
        YearTables.From(report.Report) is { } tables
            ? report with { Findings = [.. report.Findings, .. Check(null, tables)] }
            : report;

    private static Finding NotAssessable(YearTables current) => CrossYearRules.NotAssessable.At(
        FindingLocation.Report,
        $"未收录{current.Agency}{current.Year - 1}年度报告，跨年度核对（结转、现行有效件数、同比）无法进行。",
        $"No {current.Year - 1} report of {current.Agency} is loaded: carry-over, in-force and year-over-year checks could not run.",
        // Agency and year only (not ReportRef): the same finding whether the report is stored or merely validated.
        evidence: $"{current.Agency} {current.Year}；{current.Year - 1}：无 / none");

    private static IEnumerable<Finding> CarryOver(YearTables previous, YearTables current)
    {
        for (var i = 0; i < ApplicantColumns.Count; i++)
        {
            if (previous.CarriedForward.ElementAtOrDefault(i) is not { } forward) continue;
            if (current.CarriedOver.ElementAtOrDefault(i) is not { } over || over == forward) continue;
            var column = ApplicantColumns.All[i];
            yield return CrossYearRules.CarryOver.At(
                new FindingLocation(Section: 3, Row: RequestRows.CarriedOver, Column: column.Code),
                $"{current.Year}年“上年结转”（{column.LabelZh}）为{over}件，而{previous.Year}年“结转下年度继续办理”为{forward}件。",
                $"{current.Year} carried over ({column.LabelEn}) is {over}, but {previous.Year} carried forward is {forward}.",
                expected: forward.ToString(Inv), actual: over.ToString(Inv),
                evidence: $"{previous.ReportRef}：四、结转下年度继续办理（{column.LabelZh}）= {forward}；{current.ReportRef}：二、上年结转（{column.LabelZh}）= {over}");
        }
    }

    private static IEnumerable<Finding> InForce(YearTables previous, YearTables current)
    {
        if (previous.Format == "2019" && current.Format != "2019")
        {
            yield return CrossYearRules.NotAssessable.At(
                new FindingLocation(Section: 2, Row: "normativeDocuments.inForce"),
                $"{previous.Year}年报告使用2019年模板，没有“现行有效件数”，现行有效件数的跨年度核对无法进行。",
                $"The {previous.Year} report uses the 2019 template, which has no in-force counts: the in-force check could not run.",
                evidence: $"{previous.ReportRef}（2019模板 / template）；{current.ReportRef}");
            yield break;
        }
        foreach (var (item, zh, en, prev, cur) in new[]
                 {
                     ("regulations", "规章", "regulations", previous.Regulations, current.Regulations),
                     ("normativeDocuments", "行政规范性文件", "normative documents", previous.NormativeDocuments, current.NormativeDocuments),
                 })
        {
            if (prev.InForce is not { } before || cur.Issued is not { } issued || cur.Repealed is not { } repealed || cur.InForce is not { } now)
                continue;
            var expected = before + issued - repealed;
            if (expected == now) continue;
            yield return CrossYearRules.InForce.At(
                new FindingLocation(Section: 2, Row: item + ".inForce"),
                $"{zh}：{previous.Year}年现行有效{before}件 + {current.Year}年制发{issued}件 − 废止{repealed}件 = {expected}件，但{current.Year}年现行有效为{now}件。",
                $"{en}: in force {before} ({previous.Year}) + issued {issued} − repealed {repealed} = {expected}, but {current.Year} states {now} in force.",
                expected: expected.ToString(Inv), actual: now.ToString(Inv),
                evidence: $"{previous.ReportRef}：{zh}现行有效件数 = {before}；{current.ReportRef}：本年制发 = {issued}，本年废止 = {repealed}，现行有效 = {now}");
        }
    }

    private static IEnumerable<Finding> YoyClaims(YearTables previous, YearTables current)
    {
        if (previous.NewRequests is not { } before || current.NewRequests is not { } now) yield break;
        foreach (var claim in current.YoyClaims)
        {
            var stated = $"{(claim.Increase ? "上升" : "下降")}{claim.Percent.Value.ToString(Inv)}%";
            var statedEn = $"{(claim.Increase ? "a rise" : "a fall")} of {claim.Percent.Value.ToString(Inv)}%";
            var evidence = $"{current.ReportRef}：「{claim.Sentence}」；{previous.ReportRef}：一、本年新收 = {before}；{current.ReportRef}：一、本年新收 = {now}";
            var location = new FindingLocation(Section: claim.Section, Row: RequestRows.NewRequests, Column: ApplicantColumn.Total.Code());
            if (before == 0)
            {
                // A change from zero has no percentage: the claim cannot be checked, which is worth saying but not an error.
                yield return CrossYearRules.YoyClaim.At(Severity.Info, location,
                    $"正文称同比{stated}，但{previous.Year}年新收申请为0件，百分比变化无法计算。",
                    $"The text states {statedEn}, but {previous.Year} had 0 new requests: no percentage change exists.",
                    actual: stated, evidence: evidence);
                continue;
            }
            var exact = 100m * (now - before) / before;
            var directionOk = exact == 0 || (exact > 0) == claim.Increase;
            if (directionOk && PercentTolerance.Agrees(claim.Percent, Math.Abs(exact))) continue;
            var magnitude = Math.Round(Math.Abs(exact), Math.Max(2, claim.Percent.Decimals), MidpointRounding.AwayFromZero).ToString(Inv);
            var shown = $"{(exact >= 0 ? "上升" : "下降")}{magnitude}%";
            var shownEn = $"{(exact >= 0 ? "a rise" : "a fall")} of {magnitude}%";
            yield return CrossYearRules.YoyClaim.At(location,
                $"正文称新收申请同比{stated}，按两年表格（{before}→{now}件）应为{shown}。",
                $"The text states {statedEn} in new requests; the two years' tables ({before} → {now}) give {shownEn}.",
                expected: shown, actual: stated, evidence: evidence);
        }
    }
}
