using Microsoft.Data.Sqlite;
using OpenDisclosure.Data.Import;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Tests;

/// <summary>
/// The writer on hand-built reports with known values, independent of the parser: every cell lands in its column,
/// and a report that fails halfway leaves no row behind while its neighbours in the batch are kept.
/// </summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static PreparedReport Prepared(string agency, int year, IReadOnlyList<ReportSection> sections)
    {
        var rows = RequestRows.Format2021
            .Select((definition, r) => new RequestTableRow(definition,
                Enumerable.Range(0, ApplicantColumns.Count).Select(c => Cell.Of(r * 10 + c, line: 100 + r)).ToArray()))
            .ToArray();
        var report = new AnnualReport
        {
            AgencyName = agency,
            Year = year,
            PublishedOn = new DateOnly(year + 1, 1, 20),
            Sections = sections,
            Proactive = new ProactiveDisclosureTable(ReportFormat.Format2021,
                ProactiveFields.Format2021.ToDictionary(f => f.Code, f => f.IsAmount ? Cell.Of(12.5m, 50) : Cell.Missing(51, "—"))),
            Requests = new RequestTable(ReportFormat.Format2021, rows),
            ReviewLitigation = new ReviewLitigationTable(Enumerable.Range(0, 15).Select(i => Cell.Of(i, 200)).ToArray()),
        };
        Finding[] findings = [new("cell.missing", Severity.Warning, "单元格缺失", "cell missing", new FindingLocation(2, "licensing", null, 51))];
        return new PreparedReport($"{agency}-{year}.txt", $"sha-{agency}-{year}-{sections.Count}", false, new CheckedReport(report, findings), null);
    }

    private static readonly ReportSection[] Sections = [new(1, "一、总体情况", 5, 9, ""), new(2, "二、主动公开政府信息情况", 10, 40, "")];

    [Fact]
    public async Task A_report_that_fails_halfway_leaves_nothing_and_the_batch_goes_on()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        // Two sections with the same key break the primary key after the report row and table rows are written.
        ReportSection[] clash = [Sections[0], Sections[0]];

        using (var connection = new SqliteConnection(DisclosureDbFactory.ConnectionString(_store.DatabasePath)))
        {
            connection.Open();
            using var writer = new ReportWriter(connection);
            writer.BeginBatch();
            var outcomes = new[] { Prepared("甲局", 2024, Sections), Prepared("乙局", 2024, clash), Prepared("丙局", 2023, Sections) }
                .Select(p => writer.Store(p)).ToArray();
            writer.CommitBatch();

            Assert.Equal([StoreOutcome.Loaded, StoreOutcome.Failed, StoreOutcome.Loaded], outcomes.Select(o => o.Outcome));
            Assert.Equal("乙局-2024.txt", outcomes[1].Failure!.File);
        }

        Assert.Equal(2L, _store.Scalar("SELECT COUNT(*) FROM reports"));
        Assert.Equal(2L * 25, _store.Scalar("SELECT COUNT(*) FROM request_outcomes"));
        Assert.Equal(2L, _store.Scalar("SELECT COUNT(*) FROM review_litigation"));
        // The failed report's new agency was rolled back with it.
        Assert.Equal(0L, _store.Scalar("SELECT COUNT(*) FROM agencies WHERE Name = '乙局'"));
    }

    [Fact]
    public async Task Every_cell_is_stored_in_its_column()
    {
        await DatabaseBootstrap.EnsureSchemaAsync(_store.DatabasePath);
        using (var connection = new SqliteConnection(DisclosureDbFactory.ConnectionString(_store.DatabasePath)))
        {
            connection.Open();
            using var writer = new ReportWriter(connection);
            writer.BeginBatch();
            writer.Store(Prepared("甲局", 2024, Sections));
            writer.CommitBatch();
        }

        await using var db = _store.Open();
        var report = db.Reports.Single();
        Assert.Equal((2024, "2021", new DateOnly(2025, 1, 20), 0, 1, 0), (report.Year, report.Format, report.PublishedOn, report.ErrorCount, report.WarningCount, report.InfoCount));
        // Row 23 of the 2021 template is 三(七)总计: the builder put 23*10 + column in each cell.
        var total = db.RequestOutcomes.Single(o => o.RowCode == RequestRows.TotalProcessed);
        Assert.Equal((23, 230L, 236L, report.AgencyId, 2024), (total.RowOrder, total.NaturalPerson, total.Total, total.AgencyId, total.Year));
        Assert.Equal(12.5m, db.ProactiveCells.Single(c => c.Field == "feesTenThousandYuan").Value);
        Assert.Null(db.ProactiveCells.Single(c => c.Field == "licensing").Value);
        var review = db.ReviewLitigation.Single();
        Assert.Equal((0L, 4L, 5L, 14L), (review.ReviewUpheld, review.ReviewTotal, review.LitigationDirectUpheld, review.LitigationAfterReviewTotal));
        var finding = db.Findings.Single();
        Assert.Equal(("cell.missing", "warning", 2, "licensing", 51, 2024), (finding.RuleId, finding.Severity, finding.Section, finding.RowCode, finding.Line, finding.Year));
    }
}
