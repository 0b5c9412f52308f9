using System.Runtime.CompilerServices;
using OpenDisclosure.Formats.Tests.CorpusGeneration;
using Xunit.Abstractions;

namespace OpenDisclosure.Formats.Tests;

/// <summary>
/// The fixture corpus: one folder per input class under Corpus/, each fixture a source file beside
/// &lt;name&gt;.expected.json (its cells, the cells it is expected to leave missing with the reason, its identity).
/// Adding a case is adding those two files. No cell may come out wrong; every expected cell must come out exact.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var expected in CorpusCase.All()) data.Add(expected.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_expected_cell_is_read_exactly_and_none_is_wrong(string name)
    {
        var result = CorpusCase.All().Single(c => c.Name == name).Run();

        Assert.True(result.Wrong.Count == 0, "wrong cells: " + string.Join("; ", result.Wrong));
        Assert.True(result.Missing.Count == 0, "cells not read: " + string.Join("; ", result.Missing));
        Assert.Equal(result.Case.Agency, result.Parsed.Report.AgencyName);
        Assert.Equal(result.Case.Year, result.Parsed.Report.Year);
        Assert.Equal(result.Case.PublishedOn, result.Parsed.Report.PagePublishedOn?.ToString("yyyy-MM-dd"));
        // A cell the fixture declares missing must really be missing, each with its finding.
        Assert.All(result.Case.ExpectedMissing.Keys, key => Assert.Null(result.Cells.GetValueOrDefault(key)));
    }

    [Fact]
    public void Per_class_table()
    {
        var table = CorpusScore.Table(CorpusCase.All().Select(c => c.Run()));
        output.WriteLine(table);
        Assert.DoesNotContain("| wrong>0", table);
    }

    [Fact]
    public void Corpus_files_are_the_generators_output()
    {
        var root = Path.Combine(SourceDirectory(), "Corpus");
        var write = Environment.GetEnvironmentVariable("OD_WRITE_CORPUS") == "1";
        foreach (var (path, content) in CorpusWriter.All())
        {
            var file = Path.Combine(root, path);
            if (write)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, content);
            }
            else
            {
                Assert.True(File.Exists(file), $"{path} is not committed: run with OD_WRITE_CORPUS=1");
                Assert.True(content.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{path} differs from the generator's output: run with OD_WRITE_CORPUS=1");
            }
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
