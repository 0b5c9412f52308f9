using System.Diagnostics;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Parsing;
using OpenDisclosure.Reports.Synthetic;
using OpenDisclosure.Reports.Validation;
using Xunit.Abstractions;

namespace OpenDisclosure.Reports.Tests.Synthetic;

/// <summary>
/// Generate → parse → validate on 2,000 reports of both templates: every cell read back exactly where it was written,
/// every injected defect found by its rule, and not a single finding on a clean report.
/// </summary>
public class RoundTripTests(ITestOutputHelper output)
{
    private const int Reports = 2_000;

    /// <summary>The rule ids this round trip owns: the single-report families and the parser's diagnostics. The narrative
    /// rules are left out: an injected table defect (e.g. a changed 本年新收 cell) rightly also contradicts the generated
    /// text; Narrative/SyntheticNarrativeTests checks them on this corpus.</summary>
    private static readonly HashSet<string> Owned =
    [
        .. ReportValidator.Families.Where(f => f is not Validation.Rules.NarrativeRules).SelectMany(f => f.Rules).Select(r => r.Id),
        .. ParseDiagnostics.All.Select(r => r.Id),
    ];

    private sealed record Outcome(int Cells, bool Clean, int Injected, int Found, List<string> Problems, IReadOnlyList<string> Defects);

    [Fact]
    public void Generated_reports_parse_back_exactly_and_raise_only_their_injected_defects()
    {
        var clock = Stopwatch.StartNew();
        var outcomes = Enumerable.Range(0, Reports).AsParallel().Select(RoundTrip).ToList();

        var problems = outcomes.SelectMany(o => o.Problems).ToList();
        var (cells, injected, found) = (outcomes.Sum(o => o.Cells), outcomes.Sum(o => o.Injected), outcomes.Sum(o => o.Found));
        output.WriteLine($"{Reports} reports ({outcomes.Count(o => o.Clean)} clean, {outcomes.Count(o => !o.Clean)} with a defect), " +
            $"{cells} cells compared, {found} of {injected} injected defects found, {clock.ElapsedMilliseconds} ms");
        output.WriteLine(string.Join(", ", outcomes.SelectMany(o => o.Defects).GroupBy(d => d).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(25)));
        Assert.Equal(injected, found);
        Assert.True(injected > Reports / 4, $"only {injected} defects injected");
        Assert.True(cells > Reports * 150, $"only {cells} cells compared");
    }

    private static Outcome RoundTrip(int seed)
    {
        var options = new SyntheticOptions
        {
            Format = seed % 2 == 0 ? ReportFormat.Format2021 : ReportFormat.Format2019,
            // Every third report carries one defect, cycling through all of them in both templates.
            Defect = seed % 3 == 0 ? SyntheticDefects.Supported[seed / 3 % SyntheticDefects.Supported.Count] : null,
        };
        var generated = SyntheticReportGenerator.Generate(seed, options);
        var check = ReportCheck.Run(generated.Text);

        var (differences, cells) = ReportComparer.Compare(generated.Expected, check.Report);
        var problems = differences.Select(d => $"seed {seed}: {d}").ToList();
        var raised = check.Findings.Select(f => f.RuleId).Where(Owned.Contains).ToHashSet();
        var injected = generated.InjectedDefects.ToHashSet();
        if (!raised.SetEquals(injected))
            problems.Add($"seed {seed}: injected [{string.Join(",", injected)}] raised [{string.Join(",", raised)}]: " +
                string.Join(" | ", check.Findings.Where(f => !injected.Contains(f.RuleId)).Take(3).Select(f => $"{f.RuleId} {f.Location} {f.MessageEn}")));
        return new Outcome(cells, injected.Count == 0, injected.Count, injected.Count(raised.Contains), problems, generated.InjectedDefects);
    }
}
