using OpenDisclosure.Reports.Model;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// The 临淄区人民政府办公室 2024 report as flattened text (the seed), GB18030/GBK text, two HTML pages, a .docx and two PDFs: each
/// parses to the same tables, every cell equal to the seed's. The known values are asserted on the seed first, so
/// a parser regression cannot make every format "agree" on a wrong answer.
/// </summary>
public class SameReportEveryFormatTests
{
    public static readonly SortedDictionary<string, decimal?> SeedCells =
        ParsedCells.Of(Reports.Parsing.ReportParser.Parse(Fixture.SeedText()).Report);

    public static TheoryData<string> Fixtures() =>
        ["linzi-2024-gb18030.txt", "linzi-2024-gbk.txt", "linzi-2024.html", "linzi-2024-gbk-layout.html", "linzi-2024.docx"];

    private static byte[] Content(string fixture) =>
        fixture.EndsWith(".docx") ? DocxBuilder.Build(FixtureDocument.Linzi2024()) : Fixture.Bytes(fixture);

    [Fact]
    public void The_seed_parses_to_the_known_values()
    {
        // Table 三: 50 cells of the 2021 template rows x 7 columns + table 二 (10) + table 四 (15).
        Assert.Equal(25 * 7 + 10 + 15, SeedCells.Count);
        Assert.All(SeedCells, c => Assert.NotNull(c.Value));
        Assert.Equal(12, SeedCells["三/new_requests/naturalPerson"]);
        Assert.Equal(2, SeedCells["三/carried_over/naturalPerson"]);
        Assert.Equal(5, SeedCells["三/granted/naturalPerson"]);
        Assert.Equal(6, SeedCells["三/partially_granted/naturalPerson"]);
        Assert.Equal(3, SeedCells["三/unavailable_not_held/naturalPerson"]);
        Assert.Equal(14, SeedCells["三/total_processed/naturalPerson"]);
        Assert.Equal(14, SeedCells["三/total_processed/total"]);
        Assert.Equal(0, SeedCells["三/carried_forward/total"]);
        Assert.Equal(1, SeedCells["二/normativeDocuments.issued"]);
        Assert.Equal(6, SeedCells["二/normativeDocuments.repealed"]);
        Assert.Equal(9, SeedCells["二/normativeDocuments.inForce"]);
        Assert.Equal(0, SeedCells["四/review/total"]);
    }

    /// <summary>Printed by headless Chromium from Fixtures/pdf-src (A4 and A5): page breaks inside table 三, labels
    /// wrapped around their value line, 三、本年度办理结果 printed one or two characters per line.</summary>
    public static TheoryData<string> PdfFixtures() => ["linzi-2024.pdf", "linzi-2024-a5.pdf"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_cell_equals_the_seed(string fixture) => AssertSameAsSeed(fixture);

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void Every_pdf_cell_equals_the_seed(string fixture) => AssertSameAsSeed(fixture);

    private static void AssertSameAsSeed(string fixture)
    {
        var parsed = ParsedCells.Parse(fixture, Content(fixture));

        var (exact, different) = ParsedCells.Compare(SeedCells, ParsedCells.Of(parsed.Report));

        Assert.Empty(different);
        Assert.Equal(SeedCells.Count, exact);
        Assert.Equal("临淄区人民政府办公室", parsed.Report.AgencyName);
        Assert.Equal(2024, parsed.Report.Year);
        Assert.Equal(ReportFormat.Format2021, parsed.Report.Format);
        Assert.Equal([1, 2, 3, 4, 5, 6], parsed.Report.Sections.Select(s => s.Number));
    }
}
