using System.Text.Json;

namespace OpenDisclosure.Seeder.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly SeederRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Linzi_has_no_signature_date()
    {
        var file = SeederRun.SeedFile(SeederRun.Linzi);

        var (_, output, _) = await _run.Run("check", file);

        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(file)}:\d+: warning date\.missing ", output);
        Assert.False(File.Exists(_run.DatabasePath));
    }

    [Fact]
    public async Task Json_output_has_the_report_shape_with_the_real_values()
    {
        var (_, output, _) = await _run.Run("check", SeederRun.SeedFile(SeederRun.Linzi), "--json");

        using var json = JsonDocument.Parse(output);
        var report = json.RootElement;
        Assert.Contains("临淄区人民政府办公室", report.GetProperty("agencyName").GetString());
        Assert.Equal(2024, report.GetProperty("year").GetInt32());
        var total = report.GetProperty("requestOutcomes").EnumerateArray().Single(r => r.GetProperty("row").GetString() == "total_processed");
        Assert.Equal(14, total.GetProperty("naturalPerson").GetInt64());
        Assert.Equal(SeederRun.Linzi, report.GetProperty("source").GetProperty("file").GetString());
        Assert.Contains(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "date.missing");
    }

    [Fact]
    public async Task Several_files_give_a_json_array_in_argument_order()
    {
        var (_, output, _) = await _run.Run("check", SeederRun.SeedFile(SeederRun.Linzi), SeederRun.SeedFile("000_3b3d23252d395065.txt"), "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal([SeederRun.Linzi, "000_3b3d23252d395065.txt"],
            json.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetProperty("file").GetString()));
    }

    [Fact]
    public async Task An_unreadable_file_exits_1()
    {
        var missing = Path.Combine(_run.Folder, "nope.txt");

        var (exit, _, errors) = await _run.Run("check", missing);

        Assert.Equal(1, exit);
        Assert.Contains($"{missing}:0: error read.failed", errors);
    }
}
