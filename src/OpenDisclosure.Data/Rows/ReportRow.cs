namespace OpenDisclosure.Data.Rows;

/// <summary>One loaded report: at most one per agency and year (a changed file replaces the earlier one).</summary>
public sealed class ReportRow
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public AgencyRow Agency { get; set; } = null!;
    public int Year { get; set; }

    /// <summary>"2021" or "2019": the template the report follows.</summary>
    public required string Format { get; set; }

    public DateOnly? PublishedOn { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>The file name it was loaded from and the SHA-256 (hex) of its bytes: re-seeding the same bytes is a no-op.</summary>
    public required string SourceFile { get; set; }
    public required string Sha256 { get; set; }
    public DateTime LoadedAtUtc { get; set; }

    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    public int InfoCount { get; set; }

    public List<SectionRow> Sections { get; set; } = [];
    public List<ProactiveCellRow> ProactiveCells { get; set; } = [];
    public List<RequestOutcomeRow> RequestOutcomes { get; set; } = [];
    public ReviewLitigationRow? ReviewLitigation { get; set; }
    public List<FindingRow> Findings { get; set; } = [];
}
