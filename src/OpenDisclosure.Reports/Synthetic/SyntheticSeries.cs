using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>A break between two consecutive years of one agency, for the cross-year checks.</summary>
public enum SeriesDefect
{
    /// <summary>二、上年结转 of a year differs from 四、结转下年度继续办理 of the year before (crossyear.carry_over).</summary>
    CarryOverBreak,
    /// <summary>行政规范性文件 现行有效 ≠ last year's + 制发 − 废止 (crossyear.in_force); needs two 2021-template years.</summary>
    InForceBreak,
}

/// <param name="Reports">One report per year, oldest first.</param>
/// <param name="DefectYear">The year whose numbers do not follow from the year before (null when nothing was broken).</param>
public sealed record SyntheticSeriesResult(string Agency, IReadOnlyList<SyntheticReport> Reports, SeriesDefect? Defect, int? DefectYear);

/// <summary>
/// Several consecutive years of one agency, chained like real ones: year N+1's 上年结转 equals year N's 结转下年度
/// column by column, and 现行有效(N−1) + 制发(N) − 废止(N) = 现行有效(N) for 规章 and 行政规范性文件.
/// </summary>
public static class SyntheticSeries
{
    public static SyntheticSeriesResult Generate(int seed, string agency, int firstYear, int years, SeriesDefect? defect = null) =>
        Generate(seed, agency, firstYear, years, defect, _ => null);

    /// <param name="singleDefect">Per year, a single-report defect to inject as well (the corpus uses this).</param>
    internal static SyntheticSeriesResult Generate(int seed, string agency, int firstYear, int years, SeriesDefect? defect,
        Func<int, string?> singleDefect)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var defectYear = defect is { } kind ? PickYear(seed, kind, firstYear, years) : null;
        var reports = new List<SyntheticReport>(years);
        PreviousYear? previous = null;
        for (var i = 0; i < years; i++)
        {
            var year = firstYear + i;
            var broken = year == defectYear;
            var carryIn = previous;
            if (broken && defect == SeriesDefect.CarryOverBreak && previous is not null)
            {
                // The author retyped last year's figure wrongly: one more 自然人 request carried over than was left.
                var carried = previous.CarriedForward.ToArray();
                carried[(int)ApplicantColumn.NaturalPerson] += 1 + RandomExtensions.Mix(seed, year) % 3;
                carryIn = previous with { CarriedForward = carried };
            }
            var report = SyntheticReportGenerator.Generate(RandomExtensions.Mix(seed, year), new SyntheticOptions
            {
                AgencyName = agency,
                Year = year,
                Previous = carryIn,
                Defect = singleDefect(year),
                InForceOffset = broken && defect == SeriesDefect.InForceBreak ? 1 + RandomExtensions.Mix(seed, -year) % 4 : 0,
            });
            reports.Add(report);
            previous = Closing(report, previous);
        }
        return new SyntheticSeriesResult(agency, reports, defectYear is null ? null : defect, defectYear);
    }

    /// <summary>The year a break goes into: any year after the first; for in-force, one whose previous year has 现行有效 too.</summary>
    private static int? PickYear(int seed, SeriesDefect defect, int firstYear, int years)
    {
        var candidates = Enumerable.Range(firstYear + 1, Math.Max(0, years - 1))
            .Where(y => defect == SeriesDefect.CarryOverBreak || y - 1 >= 2021)
            .ToList();
        return candidates.Count == 0 ? null : candidates[RandomExtensions.Mix(seed, 7) % candidates.Count];
    }

    /// <summary>
/// What next year starts from. Single-report defects never touch 结转下年度 or 现行有效, except a blanked cell or a
/// dropped table: then next year starts from 0 and the cross-year check has nothing to compare (not assessable).
/// </summary>
    private static PreviousYear Closing(SyntheticReport report, PreviousYear? before)
    {
        var expected = report.Expected;
        var forward = ApplicantColumns.Applicants
            .Select(c => expected.Requests?[RequestRows.CarriedForward, c.Column].Count ?? 0).ToArray();
        long? InForce(string code) => expected.Proactive?.Cells.TryGetValue(code, out var cell) == true ? cell.Count : null;
        return new PreviousYear(forward, InForce("regulations.inForce"), InForce("normativeDocuments.inForce"))
        {
            NewRequests = expected.Requests?[RequestRows.NewRequests, ApplicantColumn.Total].Count,
        };
    }
}
