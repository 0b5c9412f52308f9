using OpenDisclosure.Reports.Scoring;
using OpenDisclosure.Reports.Validation;

namespace OpenDisclosure.Reports.Tests.CrossYear;

public class EvaluatorRuleCatalogTests
{
    [Fact]
    public void Catalog_lists_the_narrative_and_cross_year_rules_with_references()
    {
        string[] ids = ["narrative.table_mismatch", "narrative.contradiction", "crossyear.carry_over", "crossyear.in_force",
            "crossyear.yoy_claim", "crossyear.not_assessable"];
        var catalog = RuleCatalog.All;
        Assert.All(ids, id => Assert.Equal("consistency", Assert.Single(catalog, r => r.Id == id).Reference));
        Assert.Equal(Severity.Info, RuleCatalog.Find("crossyear.not_assessable")!.Severity);
        Assert.All(catalog, r => Assert.False(string.IsNullOrWhiteSpace(r.Reference)));
    }

    [Fact]
    public void Every_catalog_rule_has_an_explicit_cost_in_the_score_weights()
    {
        var priced = ComplianceWeights.Costs.Select(c => c.RuleId).ToHashSet();
        Assert.All(RuleCatalog.All, r => Assert.Contains(r.Id, priced));
    }
}
