using System.Text;
using System.Text.Json.Nodes;
using OpenDisclosure.Reports.Parsing;

namespace OpenDisclosure.Formats.Tests;

/// <summary>One corpus fixture: the source file and what <c>&lt;name&gt;.expected.json</c> says it holds.</summary>
public sealed record CorpusCase(string Name, string Class, string SourcePath, string? Agency, int? Year, string? PublishedOn,
    SortedDictionary<string, decimal?> ExpectedCells, IReadOnlyDictionary<string, string> ExpectedMissing)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<CorpusCase> All() =>
        Directory.EnumerateFiles(Root, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Load);

    private static CorpusCase Load(string expectedPath)
    {
        var stem = Path.GetFileName(expectedPath)[..^".expected.json".Length];
        var folder = Path.GetDirectoryName(expectedPath)!;
        var source = Directory.EnumerateFiles(folder, stem + ".*").Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        var json = JsonNode.Parse(File.ReadAllText(expectedPath, Encoding.UTF8))!.AsObject();
        var cells = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (key, value) in json["cells"]!.AsObject()) cells[key] = value?.GetValue<decimal>();
        var missing = json["missing"]?.AsObject().ToDictionary(m => m.Key, m => m.Value!.GetValue<string>()) ?? [];
        return new CorpusCase($"{Path.GetFileName(folder)}/{Path.GetFileName(source)}", Path.GetFileName(folder), source,
            json["agency"]?.GetValue<string>(), json["year"]?.GetValue<int>(), json["publishedOn"]?.GetValue<string>(), cells, missing);
    }

    public CorpusResult Run()
    {
        var read = DocumentReader.Read(Path.GetFileName(SourcePath), File.ReadAllBytes(SourcePath));
        var parsed = ReportParser.Parse(read.Text);
        var cells = ParsedCells.Of(parsed.Report);
        var wrong = new List<string>();
        var missing = new List<string>();
        var exact = 0;
        foreach (var (key, value) in ExpectedCells)
        {
            var actual = cells.GetValueOrDefault(key);
            if (actual == value) exact++;
            else if (actual is null) missing.Add($"{key} (expected {value})");
            else wrong.Add($"{key}: expected {value?.ToString() ?? "missing"}, got {actual}");
        }
        // A cell expected missing that came out with a number is wrong: it was guessed.
        wrong.AddRange(ExpectedMissing.Keys.Where(k => cells.GetValueOrDefault(k) is not null).Select(k => $"{k}: expected missing, got {cells[k]}"));
        return new CorpusResult(this, parsed, cells, exact, missing, wrong, read.Diagnostics.Count);
    }
}

public sealed record CorpusResult(CorpusCase Case, ParseResult Parsed, SortedDictionary<string, decimal?> Cells, int Exact,
    List<string> Missing, List<string> Wrong, int ReadFindings);

/// <summary>The closing table: per input class, fixtures and cells exact / missing / wrong.</summary>
public static class CorpusScore
{
    public static string Table(IEnumerable<CorpusResult> results)
    {
        var text = new StringBuilder("| class | fixtures | cells exact | missing | wrong |\n|---|---|---|---|---|\n");
        foreach (var group in results.GroupBy(r => r.Case.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var missing = group.Sum(r => r.Missing.Count + r.Case.ExpectedMissing.Count);
            var wrong = group.Sum(r => r.Wrong.Count);
            text.Append($"| {group.Key} | {group.Count()} | {group.Sum(r => r.Exact)} | {missing} | {(wrong > 0 ? "wrong>0 " : "")}{wrong} |\n");
        }
        return text.ToString();
    }
}
