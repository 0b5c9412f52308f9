namespace OpenDisclosure.Reports.Model;

/// <summary>
/// One 政府信息公开工作年度报告 as parsed: identity, sections, the three tables. Anything the source lacks is null
/// (and the parser says so in a finding); nothing is filled in by guessing.
/// </summary>
public sealed class AnnualReport
{
    /// <summary>The reporting agency, e.g. 枣庄市台儿庄区人民政府办公室.</summary>
    public string? AgencyName { get; init; }

    /// <summary>The reporting year (the year the statistics cover), e.g. 2024.</summary>
    public int? Year { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Format2021;

    /// <summary>The signature date (落款日期), when the signature block has one.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>
    /// The page's publication date (发布日期 / 发布时间 of a site page, its metadata block or PubDate meta), beside the
    /// signature date: the evidence of timeliness when the signature has none. Null for a file without one.
    /// </summary>
    public DateOnly? PagePublishedOn { get; init; }

    /// <summary>1-based line of the signature date (0 when none).</summary>
    public int PublishedOnLine { get; init; }

    public StatisticalPeriod? StatisticalPeriod { get; init; }

    public ContactDetails Contact { get; init; } = ContactDetails.None;

    /// <summary>The numbered sections found, in source order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Table 二, or null when the report has none.</summary>
    public ProactiveDisclosureTable? Proactive { get; init; }

    /// <summary>Table 三, or null when the report has none.</summary>
    public RequestTable? Requests { get; init; }

    /// <summary>Table 四, or null when the report has none.</summary>
    public ReviewLitigationTable? ReviewLitigation { get; init; }

    /// <summary>Text before section 一 (title and preamble): often holds the period and contact details.</summary>
    public string Preamble { get; init; } = "";

    public ReportSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);
}
