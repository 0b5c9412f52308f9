namespace OpenDisclosure.Reports.Tests.Parsing;

/// <summary>Reads the real seed reports (data/reports) and hand-written fixtures from the repository.</summary>
public static class SeedReports
{
    public const string TaierzhuangOffice2024 = "000";
    public const string TaierzhuangCommerce2023 = "001";
    public const string ZhangfanSubdistrict2023 = "002";
    public const string LinziOffice2024 = "003";
    public const string YonganTown2024 = "004";

    public static readonly string[] All =
        [TaierzhuangOffice2024, TaierzhuangCommerce2023, ZhangfanSubdistrict2023, LinziOffice2024, YonganTown2024];

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the first parent folder holding OpenDisclosureApi.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The text of the seed whose file name starts with <paramref name="prefix"/> ("003").</summary>
    public static string Read(string prefix)
    {
        var dir = Path.Combine(RepoRoot, "data", "reports");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepoRoot, "tests", "OpenDisclosure.Reports.Tests", "Fixtures", name));

    /// <summary>The seed's lines (LF split), for tests that damage a report.</summary>
    public static List<string> Lines(string prefix) => Read(prefix).Split('\n').ToList();

    /// <summary>Replaces 1-based line <paramref name="line"/> after checking it holds what the test expects.</summary>
    public static string ReplaceLine(string prefix, int line, string expected, string replacement)
    {
        var lines = Lines(prefix);
        Assert.Equal(expected, lines[line - 1]);
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenDisclosureApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("OpenDisclosureApi.sln not found above " + AppContext.BaseDirectory);
    }
}
