using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Synthetic;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>The narrative rules on generated reports, whose text states the true numbers before any defect is injected.</summary>
public class SyntheticNarrativeTests
{
    private const int Reports = 600;

    [Fact]
    public void Generated_reports_raise_no_narrative_finding_until_their_text_misstates_a_count()
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
                if (MisstateReceived(generated, check.Report) is { } misstated)
                {
                    // The same report with its narrative's 收到 count changed: exactly that mismatch, quoting the sentence.
                    var (text, stated, table) = misstated;
                    var found = ReportCheck.Run(text).Findings.Where(f => f.RuleId.StartsWith("narrative.")).ToList();
                    if (found.Count == 1 && found[0].Location.Row == "new_requests" && found[0].Expected == table && found[0].Actual == stated
                        && found[0].Evidence!.Contains($"共收到政府信息公开申请{stated}件"))
                        caught++;
                    else
                        problems.Add($"seed {seed} (misstated {stated} vs {table}): " + string.Join("; ", found.Select(f => f.MessageEn)));
                }
                continue;
            }
            // The generator's text quotes the table as printed, so a single-report defect gives no narrative finding either.
            problems.AddRange(narrative.Select(f => $"seed {seed} ({string.Join(",", generated.InjectedDefects)}): {f.RuleId} {f.MessageEn}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(clean > Reports / 2, $"only {clean} clean reports");
        Assert.True(caught > Reports / 4, $"only {caught} misstated counts caught");
    }

    /// <summary>The text with "共收到政府信息公开申请N件" changed to a number that is neither 新收 nor 新收 + 上年结转.</summary>
    private static (string Text, string Stated, string Table)? MisstateReceived(SyntheticReport generated, AnnualReport parsed)
    {
        if (parsed.Requests is not { } t || t[RequestRows.NewRequests, ApplicantColumn.Total].Count is not { } received
            || t[RequestRows.CarriedOver, ApplicantColumn.Total].Count is not { } carried) return null;
        var phrase = $"共收到政府信息公开申请{received}件";
        if (!generated.Text.Contains(phrase)) return null;
        var wrong = received + carried + 1;
        return (generated.Text.Replace(phrase, $"共收到政府信息公开申请{wrong}件"), wrong.ToString(), received.ToString());
    }
}
