using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Reads table 三 (收到和处理政府信息公开申请情况). After the column header, each leaf row is a label cell followed by
/// seven value cells; group labels (三、本年度办理结果, （三）不予公开 …) and empty spanning cells come before some leaf
/// labels. A label is a leaf when a value (not another label) follows it. Leaves are matched to the template rows
/// in order by <see cref="RequestRowDefinition.Keywords"/>, so "3.其他" is not confused with "2.其他法律…禁止公开".
/// </summary>
public static class RequestTableReader
{
    /// <summary>Keywords that also occur in the column header (其他, 总计): they only count after the first real row.</summary>
    private static readonly HashSet<string> HeaderKeywords = ["其他", "总计"];

    /// <summary>A template's rows, with the keyword sets the per-cell checks search in one pass.</summary>
    private sealed class Catalogue
    {
        public Catalogue(IReadOnlyList<RequestRowDefinition> rows)
        {
            Rows = [.. rows];
            FirstRows = [.. Rows.Where(r => !HeaderKeywords.Contains(r.Keywords[0]))];
            FirstRowWords = new MarkSet([.. FirstRows.Select(r => r.Keywords[0]).Distinct()]);
            RowWords = new MarkSet([.. Rows.Select(r => r.Keywords[0]).Distinct()]);
        }

        /// <summary>Arrays: the matching loops run per cell and must not allocate enumerators.</summary>
        public RequestRowDefinition[] Rows { get; }

        /// <summary>The rows whose first keyword the header cannot have (本年新收, 上年结转, 予以公开 …).</summary>
        public RequestRowDefinition[] FirstRows { get; }

        /// <summary>A row matches only when its first keyword occurs: one search rules out every row at once.</summary>
        public MarkSet FirstRowWords { get; }

        public MarkSet RowWords { get; }
    }

    private static readonly Catalogue Rows2021 = new(RequestRows.Format2021);
    private static readonly Catalogue Rows2019 = new(RequestRows.Format2019);

    public static RequestTable? Read(List<TableCell>? cells, ReportFormat format, List<Finding> diagnostics)
    {
        if (cells is null || cells.Count == 0) return null;
        var catalogue = format == ReportFormat.Format2019 ? Rows2019 : Rows2021;
        var definitions = catalogue.Rows;
        var rows = new Cell[]?[definitions.Length];
        var next = 0;

        for (var i = FirstRowIndex(cells, catalogue); i < cells.Count && next < definitions.Length; i++)
        {
            var cell = cells[i];
            // Skip values, spanning blanks, the header, and group labels (a row label follows them).
            if (!cell.IsLabel || i + 1 >= cells.Count || IsRowLabel(cells[i + 1], catalogue)) continue;
            var d = Match(definitions, next, cell.Text);
            if (d < 0) continue;
            rows[d] = ReadValues(cells, i + 1, definitions[d], cell.Line, catalogue, diagnostics, out var consumed);
            i += consumed;
            next = d + 1;
        }

        var result = new RequestTableRow[definitions.Length];
        for (var d = 0; d < definitions.Length; d++)
        {
            if (rows[d] is null)
                diagnostics.Add(ParseDiagnostics.NotFound(3, "三", definitions[d].Code, definitions[d].LabelZh, cells[0].Line, cells[^1].Line));
            result[d] = new RequestTableRow(definitions[d], rows[d] ?? MissingRow());
        }
        return new RequestTable(format, result);
    }

    /// <summary>The first cell naming a row by a keyword the header cannot have (本年新收, 上年结转, 予以公开 …).</summary>
    private static int FirstRowIndex(List<TableCell> cells, Catalogue catalogue)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].IsLabel || !catalogue.FirstRowWords.In(cells[i].Text)) continue;
            foreach (var definition in catalogue.FirstRows)
                if (HasAll(cells[i].Text, definition.Keywords)) return i;
        }
        return cells.Count;
    }

    /// <summary>
    /// A row or group label: names a template row, or is numbered like one (（三）…, 三、…). Other text where a value
    /// belongs ("九", "见附件") is an unreadable value, not the start of the next row.
    /// </summary>
    private static bool IsRowLabel(TableCell cell, Catalogue catalogue)
    {
        if (!cell.IsLabel) return false;
        var text = cell.Text;
        if (text[0] is '（' or '(' || SectionLocator.LooksLikeHeading(text)) return true;
        if (!catalogue.RowWords.In(text)) return false;
        foreach (var definition in catalogue.Rows)
            if (HasAll(text, definition.Keywords)) return true;
        return false;
    }

    private static int Match(RequestRowDefinition[] definitions, int from, string label)
    {
        for (var d = from; d < definitions.Length; d++)
            if (HasAll(label, definitions[d].Keywords)) return d;
        return -1;
    }

    private static bool HasAll(string text, IReadOnlyList<string> keywords)
    {
        for (var k = 0; k < keywords.Count; k++)
            if (!text.Contains(keywords[k], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Up to seven value cells after the label; stops early at the next label (a row with cells cut off).</summary>
    private static Cell[] ReadValues(List<TableCell> cells, int start, RequestRowDefinition row, int labelLine,
        Catalogue catalogue, List<Finding> diagnostics, out int consumed)
    {
        var values = new Cell[ApplicantColumns.Count];
        consumed = 0;
        var cutOff = false;
        for (var c = 0; c < values.Length; c++)
        {
            var index = start + c;
            cutOff = cutOff || index >= cells.Count || IsRowLabel(cells[index], catalogue);
            if (cutOff)
            {
                values[c] = Cell.Missing(labelLine);
                continue;
            }
            values[c] = CellReader.Read(cells[index], out var problem);
            if (problem != CellProblem.None)
                diagnostics.Add(ParseDiagnostics.ForCell(problem, 3, "三", row.Code, ApplicantColumns.All[c].Code,
                    $"{row.LabelZh} {ApplicantColumns.All[c].LabelZh}", cells[index].Line, cells[index].Text));
            consumed++;
        }
        return values;
    }

    private static Cell[] MissingRow()
    {
        var cells = new Cell[ApplicantColumns.Count];
        Array.Fill(cells, Cell.Missing());
        return cells;
    }
}
