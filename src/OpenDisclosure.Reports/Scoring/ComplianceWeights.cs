using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Scoring;

/// <summary>The five parts of the compliance score.</summary>
public enum ComplianceComponent
{
    /// <summary>及时性: signed by 31 January of the following year (条例 第五十条).</summary>
    Timeliness,
    /// <summary>完整性: six sections, three tables, every cell filled.</summary>
    Completeness,
    /// <summary>内部一致性: the tables' arithmetic and plausible values.</summary>
    Consistency,
    /// <summary>连续性: agrees with the previous year's report.</summary>
    Continuity,
    /// <summary>正文一致性: the narrative agrees with the tables and with itself.</summary>
    Narrative,
}

public sealed record ComponentWeight(ComplianceComponent Component, string Code, int Weight, string NameZh, string NameEn, string HowEn);

/// <summary>What one finding of a rule costs, and in which component.</summary>
public sealed record RuleCost(string RuleId, ComplianceComponent Component, int Points);

/// <summary>
/// Every number of the compliance score, in this one place (the API shows it as is). A component starts at its weight
/// and each finding of an error or warning costs its rule's points, down to zero; info findings cost nothing.
/// The total is 100 × earned ÷ weight of the components that could be assessed: a report with no signature date is
/// "unknown" on timeliness (not late, not on time; the missing date itself costs completeness), and one with no previous-year report is "not assessable" on
/// continuity (not passed); both leave the denominator, and the payload says how much weight the score rests on.
/// </summary>
public static class ComplianceWeights
{
    public static readonly IReadOnlyList<ComponentWeight> Components =
    [
        new(ComplianceComponent.Timeliness, "timeliness", 15, "及时性", "Timeliness",
            "Full when signed by 31 January of the following year; 0 when late (date.late); unknown when there is no date (date.missing, which costs completeness instead)."),
        new(ComplianceComponent.Completeness, "completeness", 25, "完整性", "Completeness",
            "Six sections, three tables, every cell filled, a dated signature: table.missing, section.missing, cell.missing, date.missing and parser gaps cost points."),
        new(ComplianceComponent.Consistency, "consistency", 25, "内部一致性", "Internal consistency",
            "The tables' arithmetic (table3.*, table4.*), impossible values (cell.negative, cell.non_integer, cell.out_of_range) and the statistical period."),
        new(ComplianceComponent.Continuity, "continuity", 20, "跨年度连续性", "Continuity",
            "Agreement with the previous year's report (crossyear.*); not assessable when that report is not loaded."),
        new(ComplianceComponent.Narrative, "narrative", 15, "正文与表格一致性", "Narrative agreement",
            "Numbers the text states agree with the tables and with each other (narrative.*)."),
    ];

    public static readonly IReadOnlyList<RuleCost> Costs =
    [
        new("date.late", ComplianceComponent.Timeliness, 15),

        new("parse.empty", ComplianceComponent.Completeness, 25),
        new("parse.not_text", ComplianceComponent.Completeness, 25),
        new("parse.agency_missing", ComplianceComponent.Completeness, 5),
        new("parse.internal_error", ComplianceComponent.Completeness, 5),
        new("parse.year_missing", ComplianceComponent.Completeness, 5),
        new("table.missing", ComplianceComponent.Completeness, 10),
        new("section.missing", ComplianceComponent.Completeness, 4),
        new("parse.row_not_found", ComplianceComponent.Completeness, 2),
        new("cell.missing", ComplianceComponent.Completeness, 1),
        new("parse.cell_unreadable", ComplianceComponent.Completeness, 1),
        new("period.missing", ComplianceComponent.Completeness, 1),
        // The 落款 date is part of the format: its absence costs completeness, and makes timeliness unknown (not late).
        new("date.missing", ComplianceComponent.Completeness, 2),

        new("table3.balance", ComplianceComponent.Consistency, 5),
        new("table3.outcome_sum", ComplianceComponent.Consistency, 5),
        new("table3.column_sum", ComplianceComponent.Consistency, 3),
        new("table4.total_sum", ComplianceComponent.Consistency, 3),
        new("cell.negative", ComplianceComponent.Consistency, 5),
        new("cell.non_integer", ComplianceComponent.Consistency, 3),
        new("cell.out_of_range", ComplianceComponent.Consistency, 5),
        new("period.mismatch", ComplianceComponent.Consistency, 3),

        new("crossyear.carry_over", ComplianceComponent.Continuity, 5),
        new("crossyear.in_force", ComplianceComponent.Continuity, 5),
        new("crossyear.yoy_claim", ComplianceComponent.Continuity, 5),
        new("crossyear.not_assessable", ComplianceComponent.Continuity, 0),

        new("narrative.table_mismatch", ComplianceComponent.Narrative, 5),
        new("narrative.contradiction", ComplianceComponent.Narrative, 5),
    ];

    /// <summary>Points a finding costs: its rule's points, 0 for info findings; a rule not listed here costs 5 per
    /// error and 2 per warning in the component its id prefix belongs to (so a new rule is never free by accident).</summary>
    public static RuleCost CostOf(Finding finding)
    {
        var listed = Costs.FirstOrDefault(c => c.RuleId == finding.RuleId);
        var rule = listed ?? new RuleCost(finding.RuleId, ComponentOf(finding.RuleId), finding.Severity == Severity.Error ? 5 : 2);
        return finding.Severity == Severity.Info ? rule with { Points = 0 } : rule;
    }

    public static ComponentWeight Weight(ComplianceComponent component) => Components.First(c => c.Component == component);

    private static ComplianceComponent ComponentOf(string ruleId) => ruleId.Split('.')[0] switch
    {
        "date" => ComplianceComponent.Timeliness,
        "crossyear" => ComplianceComponent.Continuity,
        "narrative" => ComplianceComponent.Narrative,
        "table3" or "table4" or "period" => ComplianceComponent.Consistency,
        _ => ComplianceComponent.Completeness,
    };
}
