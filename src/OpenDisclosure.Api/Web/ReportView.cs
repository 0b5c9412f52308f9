using OpenDisclosure.Data.Contracts;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Web;

/// <summary>
/// What the report view shows for one <see cref="ReportDetail"/>, stored (GET /reports/{id}) or only checked
/// (POST /validate): the tables in the published layout, which cells carry findings, and the compliance score
/// recomputed from the same findings, so a draft gets the breakdown a stored report gets.
/// </summary>
public sealed class ReportView
{
    public ReportView(ReportDetail detail)
    {
        Detail = detail;
        Format = detail.Template == ReportFormat.Format2019.Code() ? ReportFormat.Format2019 : ReportFormat.Format2021;
        Score = ComplianceScorer.Score(detail.Findings.Select(ToFinding));
    }

    public ReportDetail Detail { get; }
    public ReportFormat Format { get; }
    public ComplianceScore Score { get; }

    /// <summary>True for a stored report (it has API URLs); false for a checked draft.</summary>
    public bool Stored => Detail.ReportId is not null;

    /// <summary>The 1-based numbers (as in the findings list) of the findings located at this cell.</summary>
    /// <param name="column">The column code, or null for findings about the whole row.</param>
    public IReadOnlyList<int> FindingsAt(int section, string row, string? column)
    {
        var numbers = new List<int>();
        for (var i = 0; i < Detail.Findings.Count; i++)
        {
            var f = Detail.Findings[i];
            if (f.Section == section && f.Row == row && f.Column == column) numbers.Add(i + 1);
        }
        return numbers;
    }

    /// <summary>The findings about a numbered section as a whole (no row), e.g. a narrative contradiction in 六.</summary>
    public IReadOnlyList<int> FindingsInSection(int section) =>
        Enumerable.Range(0, Detail.Findings.Count).Where(i => Detail.Findings[i].Section == section && Detail.Findings[i].Row is null)
            .Select(i => i + 1).ToList();

    /// <summary>The most serious severity among these findings ("error", "warning", "info").</summary>
    public string WorstSeverity(IReadOnlyList<int> numbers) =>
        numbers.Select(n => SeverityCodes.FromCode(Detail.Findings[n - 1].Severity) ?? Severity.Info).Max().Code();

    /// <summary>Where a finding sits, in words: table, row and column labels, source line.</summary>
    public string Where(FindingDto f, bool english)
    {
        var parts = new List<string>();
        if (f.Section is { } s) parts.Add(english ? $"section {s}" : $"第{SectionNumerals[Math.Clamp(s, 1, 6)]}部分");
        if (f.Row is { } row) parts.Add(RowLabel(f.Section, row, english));
        if (f.Column is { } column) parts.Add(ColumnLabel(f.Section, column, english));
        if (f.Line is { } line) parts.Add(english ? $"source line {line}" : $"原文第 {line} 行");
        return string.Join(" · ", parts);
    }

    /// <summary>The anchor of a table cell, so a finding can link back to it.</summary>
    public static string CellId(int section, string row, string? column) => $"cell-{section}-{row}" + (column is null ? "" : "-" + column);

    public const string SectionNumerals = "〇一二三四五六";

    private static string RowLabel(int? section, string row, bool english) => section switch
    {
        2 => ProactiveFields.AllCodes.FirstOrDefault(f => f.Code == row) is { } field
            ? english ? field.LabelEn : field.ItemZh + " " + field.MeasureZh : row,
        3 => RequestRows.Find(row) is { } r ? english ? r.LabelEn : r.LabelZh : row,
        4 => ReviewLitigationTable.Groups.FirstOrDefault(g => g.Code == row) is { Code: not null } g ? english ? g.LabelEn : g.LabelZh : row,
        _ => row,
    };

    private static string ColumnLabel(int? section, string column, bool english) => section switch
    {
        3 => ApplicantColumns.FromCode(column) is { } c ? english ? ApplicantColumns.All[(int)c].LabelEn : ApplicantColumns.All[(int)c].LabelZh : column,
        4 => ReviewLitigationTable.Measures.FirstOrDefault(m => m.Code == column) is { Code: not null } m ? english ? m.LabelEn : m.LabelZh : column,
        _ => column,
    };

    private static Finding ToFinding(FindingDto f) => new(f.Rule, SeverityCodes.FromCode(f.Severity) ?? Severity.Info,
        f.MessageZh, f.MessageEn, new FindingLocation(f.Section, f.Row, f.Column, f.Line), f.Expected, f.Actual, f.Evidence);
}
