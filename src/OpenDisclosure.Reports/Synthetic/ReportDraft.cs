using System.Globalization;
using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Reports.Synthetic;

/// <summary>One table cell before rendering: the text to print and the value a correct parser reads from it.</summary>
internal sealed class DraftCell
{
    public required string Text { get; set; }
    public decimal? Value { get; set; }

    public static DraftCell Of(decimal value) =>
        new() { Text = value.ToString(CultureInfo.InvariantCulture), Value = value };

    public static DraftCell Blank(string placeholder) => new() { Text = placeholder, Value = null };

    /// <summary>The value as a whole count (defects aside, every table 三/四 cell is one).</summary>
    public long Count => (long)(Value ?? 0);
}

/// <summary>Where the 统计期限 sentence goes: the preamble (临淄区) or section 六 (台儿庄区, 永安镇).</summary>
internal enum PeriodPlacement { Preamble, SectionSix }

/// <summary>Everything the writer renders: numbers first, then the defects bend them, then the text is written.</summary>
internal sealed class ReportDraft
{
    public required ReportFormat Format { get; init; }
    public required string Agency { get; init; }
    public required string SignatureName { get; init; }
    public required int Year { get; init; }

    /// <summary>Table 三 cells: [row index in RequestRows.For(Format), applicant column].</summary>
    public required DraftCell[,] Requests { get; init; }

    /// <summary>Table 四 cells, group-major like <see cref="ReviewLitigationTable.Cells"/>.</summary>
    public required DraftCell[] Review { get; init; }

    /// <summary>Table 二 cells by field code.</summary>
    public required Dictionary<string, DraftCell> Proactive { get; init; }

    public DateOnly? PublishedOn { get; set; }
    public bool SignatureAgencyLine { get; set; } = true;

    public (DateOnly Start, DateOnly End)? Period { get; set; }
    public PeriodPlacement PeriodPlacement { get; set; }

    /// <summary>Tables (2, 3, 4) left out of the text.</summary>
    public HashSet<int> OmittedTables { get; } = [];

    /// <summary>Section headings (1–6) left out of the text.</summary>
    public HashSet<int> OmittedSections { get; } = [];

    public List<string> Defects { get; } = [];

    public IReadOnlyList<RequestRowDefinition> Rows => RequestRows.For(Format);

    public int RowIndex(string code) => RowIndexes.Of(Format, code);

    public DraftCell Request(string code, ApplicantColumn column) => Requests[RowIndex(code), (int)column];

    public long RowTotal(string code) => Request(code, ApplicantColumn.Total).Count;
}

/// <summary>Row code → index in the template, looked up often enough to be worth a dictionary.</summary>
internal static class RowIndexes
{
    private static readonly Dictionary<string, int> Rows2021 = Build(ReportFormat.Format2021);
    private static readonly Dictionary<string, int> Rows2019 = Build(ReportFormat.Format2019);

    public static int Of(ReportFormat format, string code) =>
        (format == ReportFormat.Format2019 ? Rows2019 : Rows2021).GetValueOrDefault(code, -1);

    private static Dictionary<string, int> Build(ReportFormat format) =>
        RequestRows.For(format).Select((r, i) => (r.Code, i)).ToDictionary(t => t.Code, t => t.i);
}
