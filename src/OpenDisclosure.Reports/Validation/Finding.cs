namespace OpenDisclosure.Reports.Validation;

/// <summary>Where a finding points: the section (1–6), the table row and column codes, and the source line.</summary>
public sealed record FindingLocation(int? Section = null, string? Row = null, string? Column = null, int? Line = null)
{
    public static readonly FindingLocation Report = new();

    public override string ToString()
    {
        var parts = new List<string>();
        if (Line is > 0) parts.Add($"line {Line}");
        if (Section is { } s) parts.Add($"section {s}");
        if (Row is not null) parts.Add($"row {Row}");
        if (Column is not null) parts.Add($"column {Column}");
        return string.Join(", ", parts);
    }
}

/// <summary>
/// One validation or parsing finding. Messages come in Chinese and English; <see cref="Expected"/> and
/// <see cref="Actual"/> carry the numbers (as text) so an evaluator sees the evidence, not only the verdict.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string MessageZh,
    string MessageEn,
    FindingLocation Location,
    string? Expected = null,
    string? Actual = null,
    string? Evidence = null);
