using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Validation.Rules;

/// <summary>
/// Cell-level checks on all three tables: a blank or placeholder cell is missing (never zero), counts are
/// whole and non-negative. Exceptions come from the template: 本年增/减 may be negative, amounts in 万元 may be decimal.
/// </summary>
public sealed class CellRules : IReportRule
{
    private const string Notice = "国办公开办函〔2021〕30号、〔2019〕60号";

    public static readonly RuleDescriptor Missing = new("cell.missing", Severity.Warning,
        "表格单元格为空或只有占位符（如“—”“/”“无”），不能当作0",
        "A table cell is blank or holds a placeholder (\"—\", \"/\", \"无\"); it is not read as zero", Notice);

    public static readonly RuleDescriptor Negative = new("cell.negative", Severity.Error,
        "数量不能为负数", "A count cannot be negative", Notice);

    public static readonly RuleDescriptor NonInteger = new("cell.non_integer", Severity.Error,
        "件数、数量应为整数（以万元计的金额除外）",
        "A count must be a whole number (amounts in 10,000 yuan excepted)", Notice);

    /// <summary>Raised by the table readers (the value never reaches the model, so only they see it): a number
    /// no report can hold, treated as missing so that no sum, ratio or stored INTEGER ever overflows.</summary>
    public static readonly RuleDescriptor OutOfRange = new("cell.out_of_range", Severity.Error,
        "数值超出合理范围（绝对值达到一万亿或以上），按缺失处理",
        "A cell holds an absurd number (10^12 or more in magnitude); it is treated as missing", Notice);

    /// <summary>Texts that stand for "no value" in the tables. Anything else unreadable is the parser's parse.cell_unreadable.</summary>
    private static readonly HashSet<string> Placeholders =
        ["—", "——", "-", "--", "－", "–", "/", "／", "\\", "无", "空", "暂无", "×", "…"];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Missing, Negative, NonInteger, OutOfRange];

    public IEnumerable<Finding> Check(AnnualReport report) => AllCells(report).SelectMany(CheckCell);

    private static IEnumerable<Finding> CheckCell(TableCell c)
    {
        if (c.Cell.Value is not { } value)
        {
            if (c.Cell.Line > 0 && IsPlaceholder(c.Cell.Raw))
                yield return Missing.At(c.Location,
                    $"{c.PlaceZh}为空（“{c.Cell.Raw?.Trim()}”），该数值缺失。",
                    $"{c.PlaceEn} is blank (\"{c.Cell.Raw?.Trim()}\"): the value is missing.",
                    expected: "a number", actual: c.Cell.Raw?.Trim() ?? "");
            yield break;
        }
        if (value < 0 && !c.AllowsNegative)
            yield return Negative.At(c.Location,
                $"{c.PlaceZh}为负数{RuleText.Num(value)}。", $"{c.PlaceEn} is negative: {RuleText.Num(value)}.",
                expected: ">= 0", actual: RuleText.Num(value));
        if (value != decimal.Truncate(value) && !c.IsAmount)
            yield return NonInteger.At(c.Location,
                $"{c.PlaceZh}不是整数：{RuleText.Num(value)}。", $"{c.PlaceEn} is not a whole number: {RuleText.Num(value)}.",
                expected: "a whole number", actual: RuleText.Num(value));
    }

    public static bool IsPlaceholder(string? raw) =>
        string.IsNullOrWhiteSpace(raw) || Placeholders.Contains(raw.Trim());

    private sealed record TableCell(Cell Cell, FindingLocation Location, string PlaceZh, string PlaceEn,
        bool IsAmount = false, bool AllowsNegative = false);

    /// <summary>Whether the cell breaks any of the three rules: only those get a location and messages built.</summary>
    /// <remarks>Runs for every cell of every report, so the cheap tests come first: a sign bit (a negative zero is
    /// not negative) and a scale of 0 (a whole number) settle nearly every cell without decimal arithmetic.</remarks>
    private static bool Suspect(Cell cell, bool isAmount = false, bool allowsNegative = false) => cell.Value is { } v
        ? (decimal.IsNegative(v) && v < 0 && !allowsNegative) || (v.Scale != 0 && v != decimal.Truncate(v) && !isAmount)
        : cell.Line > 0 && IsPlaceholder(cell.Raw);

    private static IEnumerable<TableCell> AllCells(AnnualReport report)
    {
        if (report.Proactive is { } proactive)
            foreach (var field in ProactiveFields.For(proactive.Format))
            {
                var cell = proactive[field.Code];
                if (Suspect(cell, field.IsAmount, field.AllowsNegative)) yield return new(cell, new FindingLocation(2, field.Code, null, Line(cell)),
                    $"表二“{field.ItemZh} {field.MeasureZh}”", $"Table 2, {field.LabelEn}", field.IsAmount, field.AllowsNegative);
            }
        if (report.Requests is { } requests)
            foreach (var row in requests.Rows)
                for (var c = 0; c < ApplicantColumns.Count; c++)
                {
                    var column = ApplicantColumns.All[c];
                    var cell = row[column.Column];
                    if (Suspect(cell)) yield return new(cell, new FindingLocation(3, row.Code, column.Code, Line(cell)),
                        $"表三“{row.Definition.LabelZh}”行“{column.LabelZh}”列", $"Table 3, row {row.Definition.LabelEn}, column {column.LabelEn}");
                }
        if (report.ReviewLitigation is { } review)
            for (var g = 0; g < ReviewLitigationTable.Groups.Count; g++)
                for (var m = 0; m < ReviewLitigationTable.Measures.Count; m++)
                {
                    var cell = review[g, m];
                    if (!Suspect(cell)) continue;
                    var (group, groupZh, groupEn) = ReviewLitigationTable.Groups[g];
                    var (measure, measureZh, measureEn) = ReviewLitigationTable.Measures[m];
                    yield return new(cell, new FindingLocation(4, group, measure, Line(cell)),
                        $"表四“{groupZh} {measureZh}”", $"Table 4, {groupEn}, {measureEn}");
                }
    }

    private static int? Line(Cell cell) => cell.Line > 0 ? cell.Line : null;
}
