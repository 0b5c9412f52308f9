namespace OpenDisclosure.Data.Contracts;

/// <summary>
/// One report with its three tables and findings: the body of <c>GET /api/v1/reports/{id}</c>, of
/// <c>POST /api/v1/validate</c> and of <c>od-seed check --json</c> (one shape, built by <see cref="ReportDetailMapper"/>).
/// </summary>
/// <param name="ReportId">Stored report id; null when the report was only validated, not stored.</param>
/// <param name="AgencyId">Stored agency id; null when not stored.</param>
/// <param name="AgencyName">The agency as printed in the title; null when the parser found none.</param>
/// <param name="Year">The year the statistics cover; null when the parser found none.</param>
/// <param name="Template">"2021" or "2019": the national template the report follows (国办公开办函〔2021〕30号 or 〔2019〕60号).</param>
/// <param name="PublishedOn">The signature date (落款日期), if any.</param>
/// <param name="PagePublishedOn">The page's publication date (发布日期 of a site page), if the file states one; not stored, so null in GET /reports/{id}.</param>
/// <param name="Period">The stated statistical period (统计期限), if any.</param>
/// <param name="Contact">Contact details stated in the report.</param>
/// <param name="Source">The file the report was loaded from; null for /validate.</param>
/// <param name="Sections">The numbered sections (一…六) found, in source order.</param>
/// <param name="ProactiveDisclosure">Table 二 (主动公开) by field code (see /codelists); null when the table is absent.</param>
/// <param name="RequestOutcomes">Table 三 (依申请公开), one entry per row code in template order; null when absent.</param>
/// <param name="ReviewLitigation">Table 四 (行政复议、行政诉讼); null when absent.</param>
/// <param name="FindingCounts">How many findings of each severity.</param>
/// <param name="Findings">Parser diagnostics and rule findings.</param>
public sealed record ReportDetail(
    int? ReportId,
    int? AgencyId,
    string? AgencyName,
    int? Year,
    string Template,
    DateOnly? PublishedOn,
    DateOnly? PagePublishedOn,
    PeriodDto? Period,
    ContactDto Contact,
    SourceDto? Source,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyDictionary<string, decimal?>? ProactiveDisclosure,
    IReadOnlyList<RequestOutcomeCells>? RequestOutcomes,
    ReviewLitigationDto? ReviewLitigation,
    FindingCounts FindingCounts,
    IReadOnlyList<FindingDto> Findings)
{
    /// <summary>Text repeated from the agency's previous report and the closest other report of the year (内容雷同); null for /validate.</summary>
    public IReadOnlyList<SimilarityItem>? Similarity { get; init; }

    /// <summary>POST /validate: the agency's stored report of the previous year the draft was checked against; null when none is stored.</summary>
    public ComparedReport? ComparedWith { get; init; }

    /// <summary>POST /validate: the draft's score under the requested profile (<c>profile=</c>, default <c>default</c>).</summary>
    public ComplianceExplanation? Score { get; init; }
}

/// <summary>The stored report a draft was compared with.</summary>
public sealed record ComparedReport(int ReportId, int AgencyId, string AgencyName, int Year, string SourceFile);

/// <summary>The statistical period (数据的统计期限).</summary>
public sealed record PeriodDto(DateOnly Start, DateOnly End);

/// <summary>Contact details (all optional).</summary>
public sealed record ContactDto(string? Address, string? PostalCode, string? Phone, string? Email, string? Website);

/// <summary>Where a stored report came from: file name, SHA-256 of its bytes, load time.</summary>
public sealed record SourceDto(string File, string Sha256, DateTime LoadedAtUtc);

/// <summary>A numbered section heading as printed and the line it starts on.</summary>
public sealed record SectionDto(int Number, string Heading, int StartLine);

/// <summary>Number of findings per severity.</summary>
public sealed record FindingCounts(int Error, int Warning, int Info);
