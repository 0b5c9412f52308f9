namespace OpenDisclosure.Reports.Model;

/// <summary>One row of table 三: a row definition and its seven applicant-column cells.</summary>
public sealed record RequestTableRow(RequestRowDefinition Definition, IReadOnlyList<Cell> Cells)
{
    public string Code => Definition.Code;

    public Cell this[ApplicantColumn column] => Cells[(int)column];
}

/// <summary>Table 三 (收到和处理政府信息公开申请情况): rows in template order, seven cells each.</summary>
public sealed class RequestTable
{
    public RequestTable(ReportFormat format, IReadOnlyList<RequestTableRow> rows)
    {
        Format = format;
        Rows = rows;
    }

    public ReportFormat Format { get; }

    /// <summary>Every row of the template, in order. A row absent from the source is present here with missing cells.</summary>
    public IReadOnlyList<RequestTableRow> Rows { get; }

    public RequestTableRow? Row(string code)
    {
        // A loop, not FirstOrDefault: rules look rows up per column of every report.
        for (var i = 0; i < Rows.Count; i++)
            if (Rows[i].Code == code) return Rows[i];
        return null;
    }

    public Cell this[string rowCode, ApplicantColumn column] =>
        Row(rowCode) is { } row ? row[column] : Cell.Missing();
}
