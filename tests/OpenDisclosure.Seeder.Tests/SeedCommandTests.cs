namespace OpenDisclosure.Seeder.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private readonly SeederRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Seeding_the_real_reports_exits_0_and_prints_the_counts()
    {
        var (exit, output, _) = await _run.Run("seed", SeederRun.SeedFolder, "--db", _run.DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("files: 5", output);
        Assert.Contains("reports: 5 loaded, 0 replaced, 0 unchanged, 0 failed", output);
        Assert.Contains("agencies: 5", output);
        Assert.Matches(@"findings: \d+ error, \d+ warning, \d+ info", output);
        Assert.Matches(@"\(\d+ reports/s", output);
        Assert.Equal(5, _run.Count("reports"));
    }

    [Fact]
    public async Task Seeding_twice_reports_every_file_unchanged()
    {
        await _run.Run("seed", SeederRun.SeedFolder, "--db", _run.DatabasePath);

        var (exit, output, _) = await _run.Run("seed", SeederRun.SeedFolder, "--db", _run.DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("reports: 0 loaded, 0 replaced, 5 unchanged, 0 failed", output);
        Assert.Equal(5, _run.Count("reports"));
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_exits_1_and_names_the_file()
    {
        var empty = Path.Combine(_run.Folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var (exit, output, _) = await _run.Run("seed", SeederRun.SeedFile(SeederRun.Linzi), empty, "--db", _run.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains("reports: 1 loaded, 0 replaced, 0 unchanged, 1 failed", output);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(empty)}:\d+: parse\.", output);
        Assert.Equal(1, _run.Count("reports"));
    }

    [Fact]
    public async Task A_folder_of_published_files_is_read_by_kind_and_a_legacy_doc_gets_the_conversion_hint()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_run.Folder, "scraped")).FullName;
        var fixtures = Path.Combine(SeederRun.SeedFolder, "..", "..", "tests", "OpenDisclosure.Formats.Tests", "Fixtures");
        File.Copy(Path.Combine(fixtures, "linzi-2024-gbk-layout.html"), Path.Combine(folder, "linzi.html"));
        var doc = Path.Combine(folder, "old.doc");
        await File.WriteAllBytesAsync(doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);

        var (exit, output, _) = await _run.Run("seed", folder, "--db", _run.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains("reports: 1 loaded, 0 replaced, 0 unchanged, 1 failed", output);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(doc)}:0: format\.legacy_doc: .*libreoffice --headless --convert-to docx", output);
        Assert.Equal(1, _run.Count("reports"));
    }

    [Fact]
    public async Task A_missing_path_is_a_failure_not_a_crash()
    {
        var missing = Path.Combine(_run.Folder, "nope.txt");

        var (exit, output, _) = await _run.Run("seed", missing, "--db", _run.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains($"{missing}:0: cannot read the file", output);
    }

    [Fact]
    public async Task Seed_without_paths_is_a_usage_error()
    {
        var (exit, _, errors) = await _run.Run("seed", "--db", _run.DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("Required argument missing", errors);
    }
}
