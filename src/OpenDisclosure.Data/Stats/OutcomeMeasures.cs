using OpenDisclosure.Data.Rows;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Data.Stats;

/// <summary>A measure of table 三: one row, or an outcome group summed over its rows (a report counts only when all
/// of them are filled). <paramref name="Code"/> is the row or group code (snake_case, as in <c>row=</c> and /codelists).</summary>
public sealed record OutcomeMeasure(string Code, string Column, IReadOnlyList<string> Rows);

/// <summary>A rate: the numerator measures' sum over the denominator measure, over the reports that have all of them.</summary>
public sealed record OutcomeRate(string Code, IReadOnlyList<string> Numerator, string Denominator, string Formula);

/// <summary>The measures and rates of GET /stats/request-outcomes, declared once for the import and the query.</summary>
public static class OutcomeMeasures
{
    public static readonly IReadOnlyList<OutcomeMeasure> All =
    [
        new(RequestRows.NewRequests, nameof(OutcomeMeasureRow.NewRequests), [RequestRows.NewRequests]),
        new(RequestRows.CarriedOver, nameof(OutcomeMeasureRow.CarriedOver), [RequestRows.CarriedOver]),
        new("granted", nameof(OutcomeMeasureRow.Granted), ["granted"]),
        new("partially_granted", nameof(OutcomeMeasureRow.PartiallyGranted), ["partially_granted"]),
        new("denied", nameof(OutcomeMeasureRow.Denied), Group("denied")),
        new("unavailable", nameof(OutcomeMeasureRow.Unavailable), Group("unavailable")),
        new("not_processed", nameof(OutcomeMeasureRow.NotProcessed), Group("not_processed")),
        new("other", nameof(OutcomeMeasureRow.Other), ["other_overdue_correction", "other_unpaid_fee", "other", "other_processing"]),
        new(RequestRows.TotalProcessed, nameof(OutcomeMeasureRow.TotalProcessed), [RequestRows.TotalProcessed]),
        new(RequestRows.CarriedForward, nameof(OutcomeMeasureRow.CarriedForward), [RequestRows.CarriedForward]),
    ];

    public static readonly IReadOnlyList<OutcomeRate> Rates =
    [
        new("disclosure_rate", ["granted", "partially_granted"], RequestRows.TotalProcessed, "(granted + partially_granted) / total_processed"),
        new("granted_rate", ["granted"], RequestRows.TotalProcessed, "granted / total_processed"),
        new("denied_rate", ["denied"], RequestRows.TotalProcessed, "denied (all 8 reasons) / total_processed"),
        new("carried_forward_rate", [RequestRows.CarriedForward], RequestRows.TotalProcessed, "carried_forward / total_processed"),
    ];

    public static OutcomeMeasure Find(string code) => All.Single(m => m.Code == code);

    private static string[] Group(string group) => RequestRows.AllCodes.Where(r => r.Group == group).Select(r => r.Code).ToArray();
}
