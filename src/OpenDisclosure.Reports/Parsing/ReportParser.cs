using System.Text;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>
/// Parses the flattened text of one report (one table cell per line, cells start with a TAB). Never throws on bad
/// input: what cannot be read stays null or missing and a <c>parse.*</c> diagnostic says where.
/// </summary>
public static class ReportParser
{
    public static ParseResult Parse(string? text)
    {
        var diagnostics = new List<Finding>();
        if (InputCheck.Reject(text, diagnostics)) return new ParseResult(new AnnualReport(), diagnostics);

        var lines = Guard(() => SourceLines.Read(text!), [], "lines", diagnostics);
        var sections = Guard(() => SectionLocator.Locate(lines), [], "sections", diagnostics);
        var firstHeading = SectionLocator.FirstHeadingIndex(lines, sections);
        var title = Guard(() => TitleReader.Read(lines, firstHeading), default, "title", diagnostics);
        var signature = Guard(() => SignatureReader.Read(lines, sections), default, "signature", diagnostics);
        var tables = Guard(() => TableLocator.Locate(lines), new TableRegions(null, null, null), "tables", diagnostics);
        var format = FormatDetector.Detect(tables, title.Year);

        var agency = title.Agency ?? signature.Agency;
        if (agency is null)
            diagnostics.Add(ParseDiagnostics.AgencyMissing.At(new FindingLocation(Line: title.Line),
                $"第{title.Line}行：标题“{title.Title}”中没有机关名称", $"Line {title.Line}: the title \"{title.Title}\" names no agency",
                evidence: title.Title));
        if (title.Year is null)
            diagnostics.Add(ParseDiagnostics.YearMissing.At(new FindingLocation(Line: title.Line),
                $"第{title.Line}行：标题“{title.Title}”中没有“某某年”", $"Line {title.Line}: the title \"{title.Title}\" has no year (\"2024年\")",
                evidence: title.Title));

        var report = new AnnualReport
        {
            AgencyName = agency,
            Year = title.Year,
            Format = format,
            PublishedOn = signature.Date,
            PublishedOnLine = signature.Line,
            PagePublishedOn = Guard(() => PageDateReader.Read(lines, firstHeading), null, "page date", diagnostics),
            StatisticalPeriod = Guard(() => PeriodReader.Read(lines), null, "period", diagnostics),
            Contact = Guard(() => ContactReader.Read(lines, firstHeading, sections.Count == 0 ? 0 : sections[^1].StartLine - 1),
                ContactDetails.None, "contact", diagnostics),
            Sections = sections,
            Proactive = Guard(() => ProactiveTableReader.Read(tables.Proactive, format, diagnostics), null, "table 二", diagnostics),
            Requests = Guard(() => RequestTableReader.Read(tables.Requests, format, diagnostics), null, "table 三", diagnostics),
            ReviewLitigation = Guard(() => ReviewLitigationTableReader.Read(tables.ReviewLitigation, diagnostics), null, "table 四", diagnostics),
            Preamble = Preamble(lines, firstHeading),
        };
        return new ParseResult(report, diagnostics);
    }

    /// <summary>Runs one reading step; a bug in it costs that part of the report, not the whole parse.</summary>
    private static T Guard<T>(Func<T> step, T fallback, string part, List<Finding> diagnostics)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(ParseDiagnostics.InternalError.At(FindingLocation.Report,
                $"解析“{part}”时出错：{ex.Message}", $"Reading the {part} failed: {ex.GetType().Name}: {ex.Message}",
                evidence: part));
            return fallback;
        }
    }

    private static string Preamble(SourceLine[] lines, int firstHeading)
    {
        var text = new StringBuilder(SectionLocator.NarrativeLength(lines, 0, firstHeading));
        for (var i = 0; i < firstHeading && i < lines.Length; i++)
        {
            if (lines[i].Kind != LineKind.Narrative) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(lines[i].Text);
        }
        return text.ToString();
    }
}
