using Microsoft.AspNetCore.Http.HttpResults;
using OpenDisclosure.Api.Lists;
using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Apis;

/// <summary>The rule catalog: every rule a finding can cite, with its authority and what it costs in the compliance score.</summary>
public static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rules", List).WithName("listRules").WithTags("Rules").ProducesList(Csv)
            .WithSummary("Every validation rule: parser, single-report, narrative and cross-year")
            .WithDescription("Code, severity, Chinese and English label (what the rule checks), reference (国办公开办函〔2021〕30号, 条例 article "
                + "or \"consistency\") and the compliance component and points one finding of the rule costs.");
        return api;
    }

    public static Results<Ok<Page<RuleItem>>, CsvResult<RuleItem>, ProblemHttpResult> List([AsParameters] ListOptions list, HttpContext http)
    {
        if (list.Check() is { } problem) return problem;
        var rules = RuleCatalog.All.Select((r, i) =>
        {
            // date.missing costs two components (timeliness, as uncertain, and completeness): both are named, the points summed.
            var costs = ComplianceWeights.Costs.Where(c => c.RuleId == r.Id).ToList();
            return new RuleItem(i + 1, r.Id, r.Severity.Code(), r.DescriptionZh, r.DescriptionEn, r.Reference,
                costs.Count == 0 ? null : string.Join(',', costs.Select(c => ComplianceWeights.Weight(c.Component).Code)),
                costs.Count == 0 ? null : costs.Sum(c => c.Points));
        }).ToList();
        if (list.WantsCsv(http.Request)) return new CsvResult<RuleItem>(rules.ToAsyncEnumerable(), Csv, list.Bom == true, "rules");
        if (!Cursor.TryParse(list.After, 1, out var key)) return Cursor.Invalid(list.After);
        var page = rules.Where(r => key is null || r.Position > key[0]).Take(list.PageSize + 1).ToList();
        return Pages.Of(http, page, list.PageSize, r => Cursor.Format(r.Position));
    }

    private static readonly CsvColumns<RuleItem> Csv = new CsvColumns<RuleItem>()
        .Add("code", (w, r) => w.Field(r.Code)).Add("severity", (w, r) => w.Field(r.Severity))
        .Add("labelZh", (w, r) => w.Field(r.LabelZh)).Add("labelEn", (w, r) => w.Field(r.LabelEn))
        .Add("reference", (w, r) => w.Field(r.Reference)).Add("scoreComponent", (w, r) => w.Field(r.ScoreComponent))
        .Add("scorePoints", (w, r) => w.Field(r.ScorePoints));
}

/// <summary>A rule of the catalog.</summary>
/// <param name="Position">Position in the catalog (the paging key).</param>
/// <param name="Severity">Default severity: error, warning or info.</param>
/// <param name="Reference">The authority: the format notice, a 条例 article, or "consistency".</param>
/// <param name="ScoreComponent">The compliance component(s) a finding of this rule counts against under the default profile, comma-separated.</param>
/// <param name="ScorePoints">Points one error or warning finding of this rule costs under the default profile, over all its components (info findings cost nothing).</param>
/// <param name="Code">The rule's code, e.g. <c>table3.balance</c> (<c>rule</c> in findings and filters).</param>
/// <param name="LabelZh">What the rule checks, in Chinese.</param>
/// <param name="LabelEn">What the rule checks, in English.</param>
public sealed record RuleItem(int Position, string Code, string Severity, string LabelZh, string LabelEn, string Reference,
    string? ScoreComponent, int? ScorePoints);
