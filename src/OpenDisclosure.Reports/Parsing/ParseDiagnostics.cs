using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>The parser's own findings (rule ids <c>parse.*</c>): what could not be read, and where.</summary>
public static class ParseDiagnostics
{
    private const string Reference = "parsing";

    public static readonly RuleDescriptor Empty = new("parse.empty", Severity.Error,
        "报告文本为空", "The report text is empty or whitespace only.", Reference);

    public static readonly RuleDescriptor NotText = new("parse.not_text", Severity.Error,
        "输入不是文本（含大量控制字符或乱码）", "The input is not text (NUL bytes, control or replacement characters).", Reference);

    public static readonly RuleDescriptor AgencyMissing = new("parse.agency_missing", Severity.Error,
        "标题中未找到机关名称", "No agency name found in the title.", Reference);

    public static readonly RuleDescriptor YearMissing = new("parse.year_missing", Severity.Error,
        "标题中未找到报告年度", "No report year found in the title.", Reference);

    public static readonly RuleDescriptor RowNotFound = new("parse.row_not_found", Severity.Warning,
        "表格中未找到某一行（或项目），其单元格按缺失处理", "A table row (or item) label was not found; its cells stay missing.", Reference);

    public static readonly RuleDescriptor CellUnreadable = new("parse.cell_unreadable", Severity.Warning,
        "单元格内容既不是数字也不是占位符，按缺失处理", "A cell is neither a number nor a placeholder; its value is missing.", Reference);

    public static readonly RuleDescriptor InternalError = new("parse.internal_error", Severity.Error,
        "解析器内部错误，该部分未读取", "The parser failed on part of the report; that part was not read.", Reference);

    public static readonly IReadOnlyList<RuleDescriptor> All =
        [Empty, NotText, AgencyMissing, YearMissing, RowNotFound, CellUnreadable, InternalError];

    /// <summary>The finding for a value cell the reader could not take: unreadable text or an absurd number.</summary>
    public static Finding ForCell(CellProblem problem, int section, string tableZh, string row, string? column, string labelZh, int line, string raw) =>
        problem == CellProblem.OutOfRange
            ? OutOfRange(section, tableZh, row, column, labelZh, line, raw)
            : Unreadable(section, tableZh, row, column, labelZh, line, raw);

    /// <summary>cell.out_of_range for one cell: the value is treated as missing, so no sum or ratio uses it.</summary>
    public static Finding OutOfRange(int section, string tableZh, string row, string? column, string labelZh, int line, string raw) =>
        Validation.Rules.CellRules.OutOfRange.At(new FindingLocation(section, row, column, line),
            $"第{line}行：表{tableZh}“{labelZh}”的数值“{Shorten(raw)}”超出合理范围（绝对值不超过{CellReader.MaxMagnitude:0}），按缺失处理",
            $"Line {line}: table {tableZh} row {row}{(column is null ? "" : $" column {column}")}: \"{Shorten(raw)}\" is out of range "
                + $"(at most {CellReader.MaxMagnitude:0} in magnitude); the value is treated as missing",
            expected: $"|value| <= {CellReader.MaxMagnitude:0}", actual: Shorten(raw), evidence: Shorten(raw));

    /// <summary>A cell text cut to 40 characters: a 10,000-digit cell must not become a 10,000-character message.</summary>
    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";

    /// <summary>parse.cell_unreadable for one cell, naming table, row, column and line.</summary>
    public static Finding Unreadable(int section, string tableZh, string row, string? column, string labelZh, int line, string raw) =>
        CellUnreadable.At(new FindingLocation(section, row, column, line),
            $"第{line}行：表{tableZh}“{labelZh}”的单元格内容“{raw}”不是数字",
            $"Line {line}: table {tableZh} row {row}{(column is null ? "" : $" column {column}")}: \"{raw}\" is not a number",
            actual: raw, evidence: raw);

    /// <summary>parse.row_not_found for one row or item, with the lines the table was read from.</summary>
    public static Finding NotFound(int section, string tableZh, string row, string labelZh, int firstLine, int lastLine) =>
        RowNotFound.At(new FindingLocation(section, row, null, firstLine),
            $"表{tableZh}（第{firstLine}–{lastLine}行）中未找到“{labelZh}”，其单元格按缺失处理",
            $"Table {tableZh} (lines {firstLine}–{lastLine}): row \"{labelZh}\" ({row}) not found; its cells are missing",
            expected: labelZh);
}
