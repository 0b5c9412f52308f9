using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.CrossYear;

/// <summary>规章 or 行政规范性文件 counts of table 二: issued (本年制发), repealed (本年废止), in force (现行有效).</summary>
public sealed record DocumentCounts(long? Issued, long? Repealed, long? InForce)
{
    public static readonly DocumentCounts None = new(null, null, null);
}

/// <summary>A 同比 claim about new requests as the narrative states it: "收到申请12件，同比下降55.55%".</summary>
public sealed record YoyClaim(bool Increase, StatedPercent Percent, string Sentence, int? Section);

/// <summary>
/// What the cross-year checks need from one report: small enough that both a parsed <see cref="AnnualReport"/> and the
/// store's tables can fill it. Column lists hold the seven applicant columns in <see cref="ApplicantColumn"/> order;
/// null means missing (never zero).
/// </summary>
/// <param name="ReportRef">How findings name the report, e.g. "枣庄市台儿庄区人民政府办公室 2024（report 3）".</param>
/// <param name="Format">"2021" or "2019": the 2019 template has no 现行有效 counts.</param>
public sealed record YearTables(
    string Agency,
    int Year,
    string ReportRef,
    string Format,
    IReadOnlyList<long?> CarriedOver,
    IReadOnlyList<long?> CarriedForward,
    long? NewRequests,
    DocumentCounts Regulations,
    DocumentCounts NormativeDocuments,
    IReadOnlyList<YoyClaim> YoyClaims)
{
    /// <summary>Reads the tables and the narrative's 同比 claims of a parsed report; null without agency or year.</summary>
    public static YearTables? From(AnnualReport report, string? reportRef = null)
    {
        if (report.AgencyName is not { } agency || report.Year is not { } year) return null;
        var t = report.Requests;
        long?[] Column(string row) =>
            ApplicantColumns.All.Select(c => t?[row, c.Column].Count).ToArray();

        var format = report.Format.Code();
        var claims = RequestClaimExtractor.Extract(NarrativeText.Sentences(report), year)
            .Where(c => c.Measure == RequestMeasure.NewRequests && c.Change is not null)
            .Select(c => new YoyClaim(c.Change!.Increase, c.Change.Percent, c.Sentence.Text,
                c.Sentence.Section is >= 1 and <= 6 ? c.Sentence.Section : null))
            .ToList();

        return new YearTables(
            agency, year, reportRef ?? $"{agency} {year}", format,
            Column(RequestRows.CarriedOver), Column(RequestRows.CarriedForward),
            t?[RequestRows.NewRequests, ApplicantColumn.Total].Count,
            Documents(report, "regulations"), Documents(report, "normativeDocuments"),
            claims);
    }

    private static DocumentCounts Documents(AnnualReport report, string item)
    {
        if (report.Format != ReportFormat.Format2021 || report.Proactive is not { } p) return DocumentCounts.None;
        return new DocumentCounts(p[item + ".issued"].Count, p[item + ".repealed"].Count, p[item + ".inForce"].Count);
    }
}
