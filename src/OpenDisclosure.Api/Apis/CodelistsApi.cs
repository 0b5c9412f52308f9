using Microsoft.AspNetCore.Http.HttpResults;
using OpenDisclosure.Api.OpenApi;
using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Api.Apis;

/// <summary>The stable codes used in JSON, CSV and filters, with Chinese and English labels.</summary>
public static class CodelistsApi
{
    public static RouteGroupBuilder MapCodelistsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/codelists", Get).WithName("getCodelists").WithMetadata(new ResponseExampleMetadata(() => Lists)).WithTags("Codelists")
            .WithSummary("Codes of applicant columns, request rows, table 二 fields, table 四 and rules")
            .WithDescription("Request rows list the 25 rows of the 2021 template plus `other_processing`, the one "
                + "2019 row without a 2021 equivalent; `templates` tells which templates have each code. Every item is "
                + "`{code, labelZh, labelEn, …}`, as in GET /rules and GET /compliance/weights.");
        return api;
    }

    public static Ok<Codelists> Get() => TypedResults.Ok(Lists);

    private static readonly Codelists Lists = new(
        ApplicantColumns.All.Select(c => new CodeItem(c.Code, c.LabelZh, c.LabelEn)).ToList(),
        RequestRows.AllCodes.Select(r => new RequestRowCode(r.Code, r.LabelZh, r.LabelEn, r.Group, Templates(
            RequestRows.Format2021.Any(x => x.Code == r.Code), RequestRows.Format2019.Any(x => x.Code == r.Code)))).ToList(),
        ProactiveFields.AllCodes.Select(f => new ProactiveFieldCode(f.Code, $"{f.ItemZh} {f.MeasureZh}", f.LabelEn, f.IsAmount,
            Templates(ProactiveFields.Format2021.Any(x => x.Code == f.Code), ProactiveFields.Format2019.Any(x => x.Code == f.Code)))).ToList(),
        ReviewLitigationTable.Groups.Select(g => new CodeItem(g.Code, g.LabelZh, g.LabelEn)).ToList(),
        ReviewLitigationTable.Measures.Select(m => new CodeItem(m.Code, m.LabelZh, m.LabelEn)).ToList(),
        RuleCatalog.All.Select(r => new RuleCode(r.Id, r.Severity.Code(), r.DescriptionZh, r.DescriptionEn, r.Reference)).ToList());

    private static IReadOnlyList<string> Templates(bool in2021, bool in2019) =>
        [.. in2021 ? ["2021"] : Array.Empty<string>(), .. in2019 ? ["2019"] : Array.Empty<string>()];
}

/// <summary>Every code list.</summary>
/// <param name="ApplicantColumns">The seven columns of table 三.</param>
/// <param name="RequestRows">The rows of table 三 (2021 template, then the 2019-only row).</param>
/// <param name="ProactiveFields">The fields of table 二 of both templates.</param>
/// <param name="ReviewLitigationGroups">The three groups of table 四.</param>
/// <param name="ReviewLitigationMeasures">The five measures of each table 四 group.</param>
/// <param name="Rules">The rules findings refer to.</param>
public sealed record Codelists(
    IReadOnlyList<CodeItem> ApplicantColumns,
    IReadOnlyList<RequestRowCode> RequestRows,
    IReadOnlyList<ProactiveFieldCode> ProactiveFields,
    IReadOnlyList<CodeItem> ReviewLitigationGroups,
    IReadOnlyList<CodeItem> ReviewLitigationMeasures,
    IReadOnlyList<RuleCode> Rules);

/// <summary>A code with its labels: the one shape of every catalogue item (codelists, rules, compliance components).</summary>
public sealed record CodeItem(string Code, string LabelZh, string LabelEn);

/// <summary>A table 三 row code.</summary>
/// <param name="Group">Outcome group (denied, unavailable, not_processed, other) or null.</param>
/// <param name="Templates">Templates that have the row: "2021", "2019".</param>
public sealed record RequestRowCode(string Code, string LabelZh, string LabelEn, string? Group, IReadOnlyList<string> Templates);

/// <summary>A table 二 field code.</summary>
/// <param name="IsAmount">Money in 万元 (may be decimal); otherwise a count.</param>
/// <param name="Templates">Templates that have the field: "2021", "2019".</param>
public sealed record ProactiveFieldCode(string Code, string LabelZh, string LabelEn, bool IsAmount, IReadOnlyList<string> Templates);

/// <summary>A rule findings can cite.</summary>
/// <param name="Reference">The authority: format notice, 条例 article or "consistency".</param>
/// <param name="LabelZh">What the rule checks, in Chinese.</param>
/// <param name="LabelEn">What the rule checks, in English.</param>
public sealed record RuleCode(string Code, string Severity, string LabelZh, string LabelEn, string Reference);
