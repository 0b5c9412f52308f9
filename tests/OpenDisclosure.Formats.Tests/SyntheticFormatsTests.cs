using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// Generated reports (both templates) published as web pages with random merges and chrome, and as .docx: every
/// table cell read through the format readers equals the cell read from the generated text, and the known values.
/// </summary>
public class SyntheticFormatsTests
{
    public static TheoryData<int, ReportFormat> Seeds()
    {
        var data = new TheoryData<int, ReportFormat>();
        for (var seed = 1; seed <= 20; seed++) data.Add(seed, seed % 2 == 0 ? ReportFormat.Format2019 : ReportFormat.Format2021);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Html_and_docx_of_a_generated_report_parse_to_its_cells(int seed, ReportFormat format)
    {
        var report = SyntheticReportGenerator.Generate(seed, new SyntheticOptions { Format = format });
        var fromText = ParsedCells.Of(ReportParser.Parse(report.Text).Report);
        var expected = ParsedCells.Of(report.Expected);
        var rng = new Random(seed);
        var blocks = SyntheticDocument.FromFlatText(report.Text, rng);

        foreach (var (name, bytes) in new[] { ("page.html", SyntheticHtml.Write(blocks, rng)), ("report.docx", DocxBuilder.Build(blocks)) })
        {
            var parsed = ParsedCells.Parse(name, bytes).Report;

            Assert.Equal(format, parsed.Format);
            Assert.Equal(report.Expected.Year, parsed.Year);
            var (_, fromTextDifferent) = ParsedCells.Compare(fromText, ParsedCells.Of(parsed));
            Assert.True(fromTextDifferent.Count == 0, $"{name}, seed {seed}: " + string.Join("; ", fromTextDifferent));
            var (_, expectedDifferent) = ParsedCells.Compare(expected, ParsedCells.Of(parsed));
            Assert.True(expectedDifferent.Count == 0, $"{name}, seed {seed}: " + string.Join("; ", expectedDifferent));
        }
    }
}
