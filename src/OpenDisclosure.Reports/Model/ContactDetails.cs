namespace OpenDisclosure.Reports.Model;

/// <summary>Contact details the report states (all optional).</summary>
public sealed record ContactDetails(string? Address, string? PostalCode, string? Phone, string? Email, string? Website)
{
    public static readonly ContactDetails None = new(null, null, null, null, null);
}

/// <summary>The statistical period stated in the text (数据的统计期限), with the line it was read from.</summary>
public sealed record StatisticalPeriod(DateOnly Start, DateOnly End, int Line);
