using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>
/// Arithmetic of table 三 (收到和处理政府信息公开申请情况), as the template itself states it:
/// 第一项加第二项之和等于第三项加第四项之和, (七)总计 is the sum of the outcomes, 总计 column the sum of the applicants.
/// </summary>
public sealed class RequestTableRules : IReportRule
{
    private const string Notice = "国办公开办函〔2021〕30号、〔2019〕60号 表三";

    public static readonly RuleDescriptor Balance = new("table3.balance", Severity.Error,
        "表三每列：一、本年新收 + 二、上年结转 = 三、(七)总计 + 四、结转下年度继续办理",
        "Table 3, every column: new + carried over = total processed + carried forward", Notice);

    public static readonly RuleDescriptor OutcomeSum = new("table3.outcome_sum", Severity.Error,
        "表三每列：(七)总计 = 各项办理结果之和",
        "Table 3, every column: total processed = sum of all outcome rows", Notice);

    public static readonly RuleDescriptor ColumnSum = new("table3.column_sum", Severity.Error,
        "表三每行：总计列 = 六类申请人之和",
        "Table 3, every row: the total column = sum of the six applicant columns", Notice);

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Balance, OutcomeSum, ColumnSum];

    public IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.Requests is not { } table) return [];
        var findings = new List<Finding>();
        // Rows looked up once, not per column; plain loops: this runs for every report (no LINQ, no arrays per sum).
        var outcomes = new List<RequestTableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
            if (row.Definition.Role == RequestRowRole.Outcome) outcomes.Add(row);
        var flows = new Flows(table.Row(RequestRows.NewRequests), table.Row(RequestRows.CarriedOver),
            table.Row(RequestRows.TotalProcessed), table.Row(RequestRows.CarriedForward));
        for (var column = ApplicantColumn.NaturalPerson; column <= ApplicantColumn.Total; column++)
        {
            CheckBalance(flows, column, findings);
            CheckOutcomeSum(flows.Processed, outcomes, column, findings);
        }
        foreach (var row in table.Rows) CheckColumnSum(row, findings);
        return findings;
    }

    /// <summary>The four rows of the balance (null when the table lacks one: its cells are then missing).</summary>
    private sealed record Flows(RequestTableRow? Fresh, RequestTableRow? CarriedOver, RequestTableRow? Processed, RequestTableRow? CarriedForward);

    private static Cell At(RequestTableRow? row, ApplicantColumn column) => row is null ? Cell.Missing() : row[column];

    /// <summary>a + b, or null when either is missing (summed from 0 in this order, as <see cref="RuleText.SumOrNull"/> does).</summary>
    private static decimal? Sum(Cell a, Cell b) => a.Value is { } x && b.Value is { } y ? 0m + x + y : null;

    private static void CheckBalance(Flows flows, ApplicantColumn column, List<Finding> findings)
    {
        var fresh = At(flows.Fresh, column);
        var carriedOver = At(flows.CarriedOver, column);
        var processed = At(flows.Processed, column);
        var carriedForward = At(flows.CarriedForward, column);
        if (Sum(fresh, carriedOver) is not { } inflow) return;
        if (Sum(processed, carriedForward) is not { } outflow) return;
        if (inflow == outflow) return;

        var (n, c, p, f) = (RuleText.Num(fresh.Value!.Value), RuleText.Num(carriedOver.Value!.Value),
            RuleText.Num(processed.Value!.Value), RuleText.Num(carriedForward.Value!.Value));
        findings.Add(Balance.At(
            new FindingLocation(3, RequestRows.TotalProcessed, column.Code(), RuleText.LineOf(processed, carriedForward, fresh)),
            $"表三“{RuleText.Zh(column)}”列：本年新收{n} + 上年结转{c} = {RuleText.Num(inflow)}，但(七)总计{p} + 结转下年度{f} = {RuleText.Num(outflow)}。",
            $"Table 3, column {RuleText.En(column)}: new {n} + carried over {c} = {RuleText.Num(inflow)}, but total processed {p} + carried forward {f} = {RuleText.Num(outflow)}.",
            expected: RuleText.Num(inflow), actual: RuleText.Num(outflow)));
    }

    private static void CheckOutcomeSum(RequestTableRow? processed, List<RequestTableRow> outcomes, ApplicantColumn column, List<Finding> findings)
    {
        var total = At(processed, column);
        if (total.Value is not { } actual) return;
        decimal expected = 0;
        foreach (var row in outcomes)
        {
            if (row[column].Value is not { } v) return;
            expected += v;
        }
        if (actual == expected) return;

        findings.Add(OutcomeSum.At(
            new FindingLocation(3, RequestRows.TotalProcessed, column.Code(), RuleText.LineOf(total)),
            $"表三“{RuleText.Zh(column)}”列：各项办理结果之和为{RuleText.Num(expected)}，但(七)总计为{RuleText.Num(actual)}。",
            $"Table 3, column {RuleText.En(column)}: the outcome rows add up to {RuleText.Num(expected)}, but total processed says {RuleText.Num(actual)}.",
            expected: RuleText.Num(expected), actual: RuleText.Num(actual)));
    }

    private static void CheckColumnSum(RequestTableRow row, List<Finding> findings)
    {
        var total = row[ApplicantColumn.Total];
        if (total.Value is not { } actual) return;
        decimal expected = 0;
        for (var column = ApplicantColumn.NaturalPerson; column < ApplicantColumn.Total; column++)
        {
            if (row[column].Value is not { } v) return;
            expected += v;
        }
        if (actual == expected) return;

        findings.Add(ColumnSum.At(
            new FindingLocation(3, row.Code, ApplicantColumn.Total.Code(), RuleText.LineOf(total)),
            $"表三“{row.Definition.LabelZh}”行：六类申请人之和为{RuleText.Num(expected)}，但总计列为{RuleText.Num(actual)}。",
            $"Table 3, row {row.Definition.LabelEn}: the six applicant columns add up to {RuleText.Num(expected)}, but the total column says {RuleText.Num(actual)}.",
            expected: RuleText.Num(expected), actual: RuleText.Num(actual)));
    }
}
