using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>
/// Builds an <see cref="AnnualReport"/> with known table values and given narrative text, for checks that must be
/// exercised on values the seeds do not contain (a wrong count, a wrong share). Every applicant column but 自然人 is 0.
/// </summary>
internal static class KnownReport
{
    public static AnnualReport With(string sectionOneText, IReadOnlyDictionary<string, long> totals, long reviewTotal = 0,
        long litigationTotal = 0, int year = 2024, string agency = "测试县人民政府办公室", string? sectionSixText = null)
    {
        var rows = RequestRows.Format2021.Select(def =>
        {
            var total = totals.TryGetValue(def.Code, out var v) ? v : 0;
            var cells = ApplicantColumns.All.Select(c =>
                c.Column is ApplicantColumn.NaturalPerson or ApplicantColumn.Total ? Cell.Of(total) : Cell.Of(0)).ToArray();
            return new RequestTableRow(def, cells);
        }).ToArray();

        var review = new Cell[15];
        for (var i = 0; i < 15; i++) review[i] = Cell.Of(0);
        review[0 * 5 + 0] = Cell.Of(reviewTotal);
        review[0 * 5 + 4] = Cell.Of(reviewTotal);
        review[1 * 5 + 0] = Cell.Of(litigationTotal);
        review[1 * 5 + 4] = Cell.Of(litigationTotal);

        var sections = new List<ReportSection> { new(1, "一、总体情况", 5, 10, sectionOneText) };
        if (sectionSixText is not null) sections.Add(new ReportSection(6, "六、其他需要报告的事项", 20, 25, sectionSixText));
        return new AnnualReport
        {
            AgencyName = agency,
            Year = year,
            Sections = sections,
            Requests = new RequestTable(ReportFormat.Format2021, rows),
            ReviewLitigation = new ReviewLitigationTable(review),
        };
    }

    public static AnnualReport Requests(string text, long received, long carriedOver, long granted, long partial,
        long notHeld, long carriedForward = 0) =>
        With(text, new Dictionary<string, long>
        {
            [RequestRows.NewRequests] = received,
            [RequestRows.CarriedOver] = carriedOver,
            ["granted"] = granted,
            ["partially_granted"] = partial,
            ["unavailable_not_held"] = notHeld,
            [RequestRows.TotalProcessed] = granted + partial + notHeld,
            [RequestRows.CarriedForward] = carriedForward,
        });
}
