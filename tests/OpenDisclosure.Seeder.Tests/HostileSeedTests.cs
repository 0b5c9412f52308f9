using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using OpenDisclosure.Testing;

namespace OpenDisclosure.Seeder.Tests;

/// <summary>
/// od-seed under hostile input (issue 17): mutated real reports through <c>check</c> and a <c>seed</c> batch end
/// with exit 0 or 1 and no stack trace; an absurd cell is stored as a finding beside the other reports; the exit
/// codes tell a bad report (1) from a bad command line (2) and from the tool's own failure (70).
/// </summary>
public sealed class HostileSeedTests : IDisposable
{
    private readonly SeederRun _run = new();

    public void Dispose() => _run.Dispose();

    private static readonly byte[][] Seeds =
        Directory.GetFiles(SeederRun.SeedFolder, "*.txt").Order().Select(File.ReadAllBytes).ToArray();

    private string WriteMutants(int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_run.Folder, "mutants")).FullName;
        for (var seed = 0; seed < count; seed++)
        {
            var mutation = ReportMutator.Mutate(Seeds, seed);
            File.WriteAllBytes(Path.Combine(folder, mutation.FileName), mutation.Bytes);
        }
        return folder;
    }

    [Fact]
    public async Task Check_of_500_mutated_reports_exits_0_or_1_without_a_stack_trace()
    {
        var (exit, output, errors) = await _run.Run("check", WriteMutants(500));

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.Contains("checked 500 file(s)", output);
        Assert.DoesNotContain("internal.error", errors);
        Assert.DoesNotMatch(@"(?m)^\s+at ", output + errors);
    }

    [Fact]
    public async Task A_seed_batch_of_500_mutated_reports_is_never_aborted()
    {
        var (exit, output, errors) = await _run.Run("seed", WriteMutants(500), "--db", _run.DatabasePath);

        Assert.Contains(exit, new[] { 0, 1 });
        Assert.DoesNotMatch(@"(?m)^\s+at ", output + errors);
        var counts = Regex.Match(output, @"reports: (\d+) loaded, (\d+) replaced, (\d+) unchanged, (\d+) failed");
        Assert.True(counts.Success, output);
        Assert.Equal(500, Enumerable.Range(1, 4).Sum(g => int.Parse(counts.Groups[g].Value)));
        Assert.True(_run.Count("reports") > 0);
    }

    [Fact]
    public async Task An_absurd_cell_is_stored_as_a_finding_beside_the_other_reports()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_run.Folder, "batch")).FullName;
        foreach (var seed in Directory.GetFiles(SeederRun.SeedFolder, "*.txt")) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        // 临淄区 2024 filed under another agency, with 2^63 in table 三 (七) 总计 自然人 (line 330; 14 in the report).
        var lines = File.ReadAllLines(SeederRun.SeedFile(SeederRun.Linzi)).ToList();
        Assert.Equal("\t14", lines[329]);
        lines[329] = "\t9223372036854775808";
        lines[0] = lines[0].Replace("临淄区人民政府办公室", "临淄区测试局");
        File.WriteAllText(Path.Combine(folder, "huge.txt"), string.Join('\n', lines));

        var (exit, output, _) = await _run.Run("seed", folder, "--db", _run.DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("reports: 6 loaded, 0 replaced, 0 unchanged, 0 failed", output);
        using var connection = new SqliteConnection($"Data Source={_run.DatabasePath}");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT o.NaturalPerson IS NULL, (SELECT COUNT(*) FROM findings f WHERE f.ReportId = r.Id AND f.RuleId = 'cell.out_of_range')
            FROM reports r JOIN agencies a ON a.Id = r.AgencyId JOIN request_outcomes o ON o.ReportId = r.Id
            WHERE a.Name = '临淄区测试局' AND o.RowCode = 'total_processed'
            """;
        using var row = query.ExecuteReader();
        Assert.True(row.Read());
        Assert.True(row.GetBoolean(0));
        Assert.Equal(1, row.GetInt64(1));
    }

    [Theory]
    [InlineData("seed", "x", "--db")]
    [InlineData("seed")]
    [InlineData("frobnicate")]
    public async Task A_wrong_command_line_exits_2(params string[] args)
    {
        var (exit, _, errors) = await _run.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("od-seed --help", errors);
    }

    [Fact]
    public async Task An_internal_error_exits_70_with_one_line_and_no_stack_trace()
    {
        var errors = new StringWriter();

        var exit = await ExitCodes.Guard(() => throw new InvalidOperationException("the writer\nbroke"), verbose: false, errors);

        Assert.Equal(70, exit);
        Assert.Equal("od-seed: internal error: InvalidOperationException: the writer broke (run with --verbose for the stack trace)"
            + Environment.NewLine, errors.ToString());
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var errors = new StringWriter();

        var exit = await ExitCodes.Guard(() => throw new InvalidOperationException("broke"), verbose: true, errors);

        Assert.Equal(70, exit);
        Assert.Matches(@"(?m)^\s+at ", errors.ToString());
    }
}
