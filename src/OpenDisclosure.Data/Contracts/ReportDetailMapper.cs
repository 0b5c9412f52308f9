using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Data.Contracts;

/// <summary>
/// Builds <see cref="ReportDetail"/> from a freshly checked report or from stored rows. Both paths walk the same
/// template order and normalise the same way, so a report reads identically before and after it is stored.
/// </summary>
public static class ReportDetailMapper
{
    public static ReportDetail FromChecked(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var findings = checkedReport.Findings.Select(ToDto).ToList();
        return new ReportDetail(
            ReportId: null,
            AgencyId: null,
            report.AgencyName,
            report.Year,
            report.Format.Code(),
            report.PublishedOn,
            report.PagePublishedOn,
            report.StatisticalPeriod is { } p ? new PeriodDto(p.Start, p.End) : null,
            new ContactDto(report.Contact.Address, report.Contact.PostalCode, report.Contact.Phone, report.Contact.Email, report.Contact.Website),
            Source: null,
            report.Sections.Select(s => new SectionDto(s.Number, s.Heading, s.StartLine)).ToList(),
            report.Proactive is { } proactive
                ? Proactive(proactive.Format, code => proactive[code].Value)
                : null,
            report.Requests?.Rows.Select(r => Cells(r.Code, c => r.Cells[c].Count)).ToList(),
            report.ReviewLitigation is { } table ? ReviewLitigation((g, m) => table[g, m].Count) : null,
            Count(findings),
            findings);
    }

    /// <summary>From stored rows. <paramref name="report"/> must have its <see cref="ReportRow.Agency"/> loaded.</summary>
    public static ReportDetail FromRows(
        ReportRow report,
        IEnumerable<SectionRow> sections,
        IEnumerable<ProactiveCellRow> proactiveCells,
        IEnumerable<RequestOutcomeRow> requestOutcomes,
        ReviewLitigationRow? reviewLitigation,
        IEnumerable<FindingRow> findings)
    {
        var format = report.Format == ReportFormat.Format2019.Code() ? ReportFormat.Format2019 : ReportFormat.Format2021;
        var cells = proactiveCells.ToDictionary(c => c.Field, c => c.Value);
        var outcomes = requestOutcomes.OrderBy(o => o.RowOrder).ToList();
        var findingDtos = findings.OrderBy(f => f.Id).Select(ToDto).ToList();
        return new ReportDetail(
            report.Id,
            report.AgencyId,
            report.Agency.Name,
            report.Year,
            report.Format,
            report.PublishedOn,
            PagePublishedOn: null,
            report.PeriodStart is { } start && report.PeriodEnd is { } end ? new PeriodDto(start, end) : null,
            new ContactDto(report.Address, report.PostalCode, report.Phone, report.Email, report.Website),
            new SourceDto(report.SourceFile, report.Sha256, report.LoadedAtUtc),
            sections.OrderBy(s => s.StartLine).Select(s => new SectionDto(s.Number, s.Heading, s.StartLine)).ToList(),
            cells.Count > 0 ? Proactive(format, code => cells.GetValueOrDefault(code)) : null,
            outcomes.Count > 0 ? outcomes.Select(ToCells).ToList() : null,
            reviewLitigation is null ? null : ToDto(reviewLitigation),
            Count(findingDtos),
            findingDtos);
    }

    public static RequestOutcomeCells ToCells(RequestOutcomeRow o) =>
        new(o.RowCode, o.NaturalPerson, o.CommercialEnterprise, o.ResearchInstitution,
            o.SocialWelfareOrganization, o.LegalServiceAgency, o.OtherOrganization, o.Total);

    public static ReviewLitigationDto ToDto(ReviewLitigationRow r) => new(
        new(r.ReviewUpheld, r.ReviewCorrected, r.ReviewOther, r.ReviewPending, r.ReviewTotal),
        new(r.LitigationDirectUpheld, r.LitigationDirectCorrected, r.LitigationDirectOther, r.LitigationDirectPending, r.LitigationDirectTotal),
        new(r.LitigationAfterReviewUpheld, r.LitigationAfterReviewCorrected, r.LitigationAfterReviewOther, r.LitigationAfterReviewPending, r.LitigationAfterReviewTotal));

    public static FindingDto ToDto(Finding f) => new(
        f.RuleId, f.Severity.Code(), f.MessageZh, f.MessageEn,
        f.Location.Section, f.Location.Row, f.Location.Column, f.Location.Line is > 0 ? f.Location.Line : null,
        f.Expected, f.Actual, f.Evidence);

    public static FindingDto ToDto(FindingRow f) => new(
        f.RuleId, f.Severity, f.MessageZh, f.MessageEn,
        f.Section, f.RowCode, f.ColumnCode, f.Line is > 0 ? f.Line : null,
        f.Expected, f.Actual, f.Evidence);

    /// <summary>
    /// Drops trailing zeros (12.50 → 12.5, 3.0 → 3): SQLite hands decimals back as text with whatever scale it
    /// stored, and the JSON must not depend on that.
    /// </summary>
    public static decimal? Normalize(decimal? value) => value is { } v ? v / 1.0000000000000000000000000000m : null;

    private static IReadOnlyDictionary<string, decimal?> Proactive(ReportFormat format, Func<string, decimal?> value)
    {
        var fields = new Dictionary<string, decimal?>();
        foreach (var field in ProactiveFields.For(format))
            fields[field.Code] = Normalize(value(field.Code));
        return fields;
    }

    private static RequestOutcomeCells Cells(string row, Func<int, long?> cell) =>
        new(row, cell(0), cell(1), cell(2), cell(3), cell(4), cell(5), cell(6));

    private static ReviewLitigationDto ReviewLitigation(Func<int, int, long?> cell)
    {
        ReviewLitigationCounts Group(int g) => new(cell(g, 0), cell(g, 1), cell(g, 2), cell(g, 3), cell(g, 4));
        return new ReviewLitigationDto(Group(0), Group(1), Group(2));
    }

    private static FindingCounts Count(IReadOnlyList<FindingDto> findings) => new(
        findings.Count(f => f.Severity == "error"),
        findings.Count(f => f.Severity == "warning"),
        findings.Count(f => f.Severity == "info"));
}
