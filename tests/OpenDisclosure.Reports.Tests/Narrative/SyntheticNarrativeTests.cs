using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>The narrative rules on generated reports, whose text states the true numbers before any defect is injected.</summary>
public class SyntheticNarrativeTests
{
    private const int Reports = 600;

    [Fact]
    public void Clean_generated_reports_raise_no_narrative_finding_and_changed_new_request_cells_are_caught()
    {
        int clean = 0, caught = 0;
        var problems = new List<string>();
        for (var seed = 0; seed < Reports; seed++)
        {
            var options = new SyntheticOptions
            {
                Format = seed % 2 == 0 ? ReportFormat.Format2021 : ReportFormat.Format2019,
                Defect = seed % 3 == 0 ? SyntheticDefects.Supported[seed / 3 % SyntheticDefects.Supported.Count] : null,
            };
            var generated = SyntheticReportGenerator.Generate(seed, options);
            var check = ReportCheck.Run(generated.Text);
            var narrative = check.Findings.Where(f => f.RuleId.StartsWith("narrative.")).ToList();
            if (generated.InjectedDefects.Count == 0)
            {
                clean++;
                problems.AddRange(narrative.Select(f => $"seed {seed} (clean): {f.RuleId} {f.MessageEn} | {f.Evidence}"));
                continue;
            }
            // A narrative finding on a defective report must be a true one: the text's number differs from the table's.
            foreach (var f in narrative)
            {
                var table = check.Report.Requests?[f.Location.Row!, ApplicantColumn.Total].Count?.ToString();
                if (f.RuleId != "narrative.table_mismatch" || table != f.Expected || f.Actual == f.Expected)
                    problems.Add($"seed {seed}: unexpected {f.RuleId} {f.MessageEn}");
                else caught++;
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(clean > Reports / 2, $"only {clean} clean reports");
        // Injected 本年新收 changes (table3.balance, table3.column_sum) contradict the text at least sometimes.
        Assert.True(caught > 0, "no narrative mismatch on any defective report");
    }
}
