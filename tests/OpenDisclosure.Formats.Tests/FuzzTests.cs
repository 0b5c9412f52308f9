using OpenDisclosure.Reports.CrossYear;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// The five real reports mutated deterministically (digit flips, absurd numbers, deleted and duplicated lines,
/// truncation, random bytes) through the path POST /validate and od-seed share: read, parse, validate, cross-year,
/// score. None may throw; an absurd table value must come back as cell.out_of_range, never as a number.
/// </summary>
public class FuzzTests
{
    private static readonly byte[][] Seeds =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seed"), "*.txt").Order().Select(File.ReadAllBytes).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(400)]
    public void Mutated_reports_never_throw(int firstSeed)
    {
        var failures = new List<string>();
        for (var seed = firstSeed; seed < firstSeed + 100; seed++)
        {
            var mutation = ReportMutator.Mutate(Seeds, seed);
            try
            {
                var checkedReport = CrossYearChecks.Alone(DocumentCheck.Run(mutation.FileName, mutation.Bytes));
                ComplianceScorer.Score(checkedReport.Findings);
                Assert.All(checkedReport.Report.Requests?.Rows ?? [], row => Assert.All(row.Cells,
                    c => Assert.True(c.Value is null || Math.Abs(c.Value.Value) < 1_000_000_000_000m)));
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed} ({mutation.Kind}): {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>The 临淄区 report as a .docx and as a web page, cut short or with bytes overwritten: a damaged ZIP,
    /// XML or markup is a finding (format.unreadable at worst), never an exception.</summary>
    [Fact]
    public void Damaged_docx_and_html_never_throw()
    {
        (string Name, byte[] Bytes)[] originals =
            [("linzi.docx", DocxBuilder.Build(FixtureDocument.Linzi2024())), ("linzi.html", Fixture.Bytes("linzi-2024.html"))];
        var failures = new List<string>();
        for (var seed = 0; seed < 200; seed++)
        {
            var (name, bytes) = originals[seed % 2];
            var kind = seed / 2 % 2 == 0 ? "truncate" : "bytes";
            try
            {
                var checkedReport = DocumentCheck.Run(name, ReportMutator.Apply(kind, bytes, new Random(seed)));
                Assert.DoesNotContain(checkedReport.Findings, f => f.MessageEn.Contains("Exception", StringComparison.Ordinal));
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed} ({name}, {kind}): {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void An_absurd_cell_in_a_real_report_is_a_finding_and_missing()
    {
        // 临淄区 2024, table 三 row (七) 总计, column 自然人 (line 330): 14 in the report, 2^63 here.
        var lines = Fixture.SeedText().Split('\n');
        Assert.Equal("\t14", lines[329]);
        lines[329] = "\t9223372036854775808";
        var text = string.Join('\n', lines);

        var checkedReport = CrossYearChecks.Alone(DocumentCheck.Run("huge.txt", System.Text.Encoding.UTF8.GetBytes(text)));

        var finding = Assert.Single(checkedReport.Findings, f => f.RuleId == "cell.out_of_range");
        Assert.Equal("9223372036854775808", finding.Actual);
        Assert.Equal((330, "total_processed", "naturalPerson"), (finding.Location.Line, finding.Location.Row, finding.Location.Column));
        Assert.Contains(checkedReport.Report.Requests!.Rows, row => row.Cells.Any(c => c.Raw == "9223372036854775808" && c.IsMissing));
    }
}
