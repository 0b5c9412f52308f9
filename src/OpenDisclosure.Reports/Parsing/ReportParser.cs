using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Parsing;

/// <summary>Parses the flattened text of one report (one table cell per line). Never throws on bad input.</summary>
public static class ReportParser
{
    // PLACEHOLDER: the real implementation lands with the report-core work.
    public static ParseResult Parse(string text) =>
        new(new AnnualReport(), []);
}
