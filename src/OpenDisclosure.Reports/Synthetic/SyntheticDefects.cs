namespace OpenDisclosure.Reports.Synthetic;

/// <summary>The single-report rule ids the generator can break on purpose, one way each (see DefectInjector).</summary>
public static class SyntheticDefects
{
    public static readonly IReadOnlyList<string> Supported =
    [
        "table3.balance",
        "table3.outcome_sum",
        "table3.column_sum",
        "table4.total_sum",
        "cell.missing",
        "cell.negative",
        "cell.non_integer",
        "table.missing",
        "section.missing",
        "date.missing",
        "date.late",
        "period.mismatch",
        "period.missing",
    ];

    public static bool IsSupported(string? id) => id is not null && Supported.Contains(id);
}
