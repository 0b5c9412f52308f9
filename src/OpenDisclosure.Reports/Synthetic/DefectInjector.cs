using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>
/// Breaks a consistent draft in exactly one way, so that the named rule (and no other) must fire.
/// Each edit is chosen to leave the other arithmetic intact, e.g. table3.column_sum raises the 总计 column of three rows
/// that cancel out in the balance and in the outcome sum.
/// </summary>
internal static class DefectInjector
{
    public static void Apply(ReportDraft draft, Random rng, string defect)
    {
        var k = rng.Next(1, 4);
        switch (defect)
        {
            case "table3.balance":
            {
                // One more new request than was ever processed or carried forward.
                var column = (ApplicantColumn)rng.Next(0, 6);
                Add(draft.Request(RequestRows.NewRequests, column), k);
                Add(draft.Request(RequestRows.NewRequests, ApplicantColumn.Total), k);
                break;
            }
            case "table3.outcome_sum":
            {
                var outcomes = draft.Rows.Where(r => r.Role == RequestRowRole.Outcome).ToList();
                var row = rng.Pick(outcomes).Code;
                var column = (ApplicantColumn)rng.Next(0, 6);
                Add(draft.Request(row, column), k);
                Add(draft.Request(row, ApplicantColumn.Total), k);
                break;
            }
            case "table3.column_sum":
                foreach (var row in new[] { RequestRows.NewRequests, RequestRows.TotalProcessed, "granted" })
                    Add(draft.Request(row, ApplicantColumn.Total), k);
                break;
            case "table4.total_sum":
                Add(draft.Review[rng.Next(0, 3) * 5 + 4], k);
                break;
            case "cell.missing":
                Blank(draft, rng);
                break;
            case "cell.negative":
            {
                var cell = CountCell(draft, rng);
                cell.Value = -k;
                cell.Text = $"-{k}";
                break;
            }
            case "cell.non_integer":
            {
                var cell = CountCell(draft, rng);
                cell.Value = k + 0.5m;
                cell.Text = $"{k}.5";
                break;
            }
            case "table.missing":
                draft.OmittedTables.Add(rng.Next(2, 5));
                break;
            case "section.missing":
                draft.OmittedSections.Add(rng.Pick([1, 5, 6]));
                break;
            case "date.missing":
                draft.PublishedOn = null;
                draft.SignatureAgencyLine = rng.Chance(0.6);
                break;
            case "date.late":
                draft.PublishedOn = LateDate(rng, draft.Year);
                break;
            case "period.mismatch":
                // Last year's sentence left in place, or a period that stops short of December.
                draft.Period = rng.Chance(0.5)
                    ? (new DateOnly(draft.Year - 1, 1, 1), new DateOnly(draft.Year - 1, 12, 31))
                    : (new DateOnly(draft.Year, 1, 1), new DateOnly(draft.Year, rng.Next(6, 12), 30));
                break;
            case "period.missing":
                draft.Period = null;
                break;
            default:
                throw new ArgumentException($"Unknown or unsupported defect '{defect}'. Supported: {string.Join(", ", SyntheticDefects.Supported)}", nameof(defect));
        }
        draft.Defects.Add(defect);
    }

    public static DateOnly LateDate(Random rng, int year) => new DateOnly(year + 1, 2, 1).AddDays(rng.Next(0, 120));

    private static void Add(DraftCell cell, long k)
    {
        var value = cell.Count + k;
        cell.Value = value;
        cell.Text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A blank or a dash in any of the three tables; the arithmetic rules then skip what it touches.</summary>
    private static void Blank(ReportDraft draft, Random rng)
    {
        var placeholder = rng.Pick(["", "—", "/", "无"]);
        var cell = rng.Next(3) switch
        {
            0 => draft.Requests[rng.Next(draft.Rows.Count), rng.Next(ApplicantColumns.Count)],
            1 => draft.Review[rng.Next(15)],
            _ => draft.Proactive[rng.Pick(ProactiveFields.For(draft.Format)).Code],
        };
        cell.Value = null;
        cell.Text = placeholder;
    }

    /// <summary>A table 二 count that no other check depends on (not 现行有效, not 本年增/减, not an amount).</summary>
    private static DraftCell CountCell(ReportDraft draft, Random rng)
    {
        string[] candidates = draft.Format == ReportFormat.Format2021
            ? ["licensing", "penalties", "coercion"]
            : ["licensing", "otherServices", "penalties", "coercion", "procurement.projects"];
        return draft.Proactive[rng.Pick(candidates)];
    }
}
