using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Tests.Rules;

/// <summary>
/// Builds reports in memory for rule tests. The default numbers are 临淄区人民政府办公室's 2024 report
/// (data/reports/003): 自然人 新收 12, 上年结转 2, 予以公开 5, 部分公开 6, 本机关不掌握 3, (七)总计 14, 结转 0.
/// Lines follow the real layout: each row's cells sit on eight consecutive lines.
/// </summary>
internal sealed class RequestTableBuilder
{
    private readonly ReportFormat _format;
    private readonly Dictionary<(string Row, ApplicantColumn Column), Cell> _cells = new();

    public RequestTableBuilder(ReportFormat format = ReportFormat.Format2021)
    {
        _format = format;
        var rows = RequestRows.For(format);
        for (var r = 0; r < rows.Count; r++)
            foreach (var column in ApplicantColumns.All)
                _cells[(rows[r].Code, column.Column)] = Cell.Of(0, LineOf(r, column.Column));
    }

    public static RequestTableBuilder Linzi(ReportFormat format = ReportFormat.Format2021) =>
        new RequestTableBuilder(format)
            .Person(RequestRows.NewRequests, 12).Person(RequestRows.CarriedOver, 2)
            .Person("granted", 5).Person("partially_granted", 6).Person("unavailable_not_held", 3)
            .Person(RequestRows.TotalProcessed, 14).Person(RequestRows.CarriedForward, 0);

    /// <summary>Sets the 自然人 cell and the 总计 cell of a row to the same value (all other applicants are 0).</summary>
    public RequestTableBuilder Person(string row, decimal value) =>
        Set(row, ApplicantColumn.NaturalPerson, value).Set(row, ApplicantColumn.Total, value);

    public RequestTableBuilder Set(string row, ApplicantColumn column, decimal value) =>
        Put(row, column, Cell.Of(value, Line(row, column)));

    public RequestTableBuilder Put(string row, ApplicantColumn column, Cell cell)
    {
        _cells[(row, column)] = cell;
        return this;
    }

    public int Line(string row, ApplicantColumn column) =>
        LineOf(RequestRows.For(_format).ToList().FindIndex(r => r.Code == row), column);

    private static int LineOf(int rowIndex, ApplicantColumn column) => 81 + rowIndex * 11 + (int)column;

    public RequestTable Build() => new(_format, RequestRows.For(_format)
        .Select(def => new RequestTableRow(def, ApplicantColumns.All.Select(c => _cells[(def.Code, c.Column)]).ToList()))
        .ToList());
}

internal static class TestReports
{
    /// <summary>Table 四 cells in printed order with the lines they have in data/reports/003 (390…404).</summary>
    public static ReviewLitigationTable Review(params decimal?[] values) =>
        new(Enumerable.Range(0, 15)
            .Select(i => i < values.Length && values[i] is null ? Cell.Missing(390 + i, "—") : Cell.Of(i < values.Length ? values[i]!.Value : 0, 390 + i))
            .ToList());

    public static ProactiveDisclosureTable Proactive(ReportFormat format = ReportFormat.Format2021, params (string Code, Cell Cell)[] overrides)
    {
        var fields = ProactiveFields.For(format);
        var cells = fields.Select((f, i) => (f.Code, Cell: Cell.Of(0, 23 + i * 2))).ToDictionary(t => t.Code, t => t.Cell);
        foreach (var (code, cell) in overrides) cells[code] = cell;
        return new ProactiveDisclosureTable(format, cells);
    }

    public static IReadOnlyList<ReportSection> AllSections(params int[] except) =>
        ReportSection.Expected.Where(s => !except.Contains(s.Number))
            .Select(s => new ReportSection(s.Number, $"x、{s.TitleZh}", s.Number * 60, s.Number * 60 + 50, ""))
            .ToList();

    /// <summary>A complete, consistent 2024 report of 临淄区人民政府办公室, signed on time.</summary>
    public static AnnualReport Linzi(RequestTable? requests = null, ReviewLitigationTable? review = null,
        ProactiveDisclosureTable? proactive = null, DateOnly? publishedOn = null, bool noDate = false,
        StatisticalPeriod? period = null, bool noPeriod = false, IReadOnlyList<ReportSection>? sections = null) => new()
    {
        AgencyName = "临淄区人民政府办公室",
        Year = 2024,
        PublishedOn = noDate ? null : publishedOn ?? new DateOnly(2025, 1, 20),
        PublishedOnLine = noDate ? 0 : 440,
        StatisticalPeriod = noPeriod ? null : period ?? new StatisticalPeriod(new(2024, 1, 1), new(2024, 12, 31), 4),
        Sections = sections ?? AllSections(),
        Proactive = proactive ?? Proactive(),
        Requests = requests ?? RequestTableBuilder.Linzi().Build(),
        ReviewLitigation = review ?? Review(),
    };
}
