using OpenDisclosure.Reports.Model;
using OpenDisclosure.Reports.Narrative;
using OpenDisclosure.Reports.Validation;
using OpenDisclosure.Reports.Validation.Rules;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>The narrative rules on reports with known table values (wordings taken from the seeds).</summary>
public class NarrativeRulesTests
{
    private static IReadOnlyList<Finding> Check(AnnualReport report) => new NarrativeRules().Check(report).ToList();

    // 临淄区 2024's wording and table: 12 new + 2 carried over; 5 granted, 6 partial, 3 not held of 14.
    private const string Linzi =
        "(二)依申请公开。2024年共收到政府信息公开申请12件，同比下降55.55%。作出政府信息公开申请答复14件（含上年结转2件），其中予以公开5件，占35.71%，部分公开6件，占42.85%，不予公开0件，占0%，无法提供3件，占21.44%；结转下年度继续办理0件。未因政府信息公开被申请行政复议、提起行政诉讼。";

    [Fact]
    public void Linzi_wording_agrees_with_its_table()
    {
        Assert.Empty(Check(KnownReport.Requests(Linzi, received: 12, carriedOver: 2, granted: 5, partial: 6, notHeld: 3)));
    }

    [Fact]
    public void A_wrong_count_is_a_mismatch_quoting_the_sentence()
    {
        var report = KnownReport.Requests(Linzi, received: 12, carriedOver: 2, granted: 4, partial: 7, notHeld: 3);
        var findings = Check(report);
        var granted = Assert.Single(findings, f => f.Location.Row == "granted");
        Assert.Equal("narrative.table_mismatch", granted.RuleId);
        Assert.Equal(Severity.Warning, granted.Severity);
        Assert.Equal("4", granted.Expected);
        Assert.Equal("5", granted.Actual);
        Assert.Equal(1, granted.Location.Section);
        Assert.Contains("其中予以公开5件，占35.71%", granted.Evidence);
        Assert.Single(findings, f => f.Location.Row == "partially_granted");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_share_that_fits_no_denominator_is_a_mismatch()
    {
        const string text = "本年度共收到政府信息公开申请14件，其中予以公开5件，占40%，部分公开6件，无法提供3件。";
        var finding = Assert.Single(Check(KnownReport.Requests(text, received: 14, carriedOver: 0, granted: 5, partial: 6, notHeld: 3)));
        Assert.Equal("granted", finding.Location.Row);
        Assert.Equal("40%", finding.Actual);
        Assert.Equal("35.71%", finding.Expected);
    }

    [Fact]
    public void Received_may_include_the_carried_over_requests()
    {
        const string text = "本年度共收到政府信息公开申请14件，其中予以公开5件。";
        Assert.Empty(Check(KnownReport.Requests(text, received: 12, carriedOver: 2, granted: 5, partial: 6, notHeld: 3)));
        var finding = Assert.Single(Check(KnownReport.Requests(text, received: 11, carriedOver: 2, granted: 5, partial: 5, notHeld: 3)));
        Assert.Equal("new_requests", finding.Location.Row);
    }

    [Fact]
    public void Saying_there_was_no_review_when_table_four_has_one_is_a_mismatch()
    {
        var report = KnownReport.With("本年度未因政府信息公开被申请行政复议、提起行政诉讼。", new Dictionary<string, long>(), reviewTotal: 1);
        var finding = Assert.Single(Check(report));
        Assert.Equal("review", finding.Location.Row);
        Assert.Equal("1", finding.Expected);
        Assert.Equal("0", finding.Actual);
    }

    [Fact]
    public void The_same_fact_with_two_numbers_is_a_contradiction_with_both_sentences()
    {
        var report = KnownReport.With("全年共收到市级政协提案2件、区级政协提案3件。", new Dictionary<string, long>(),
            sectionSixText: "3.区商务和投资促进局全年共收到市级政协提案6件、区级政协提案3件。");
        var finding = Assert.Single(Check(report));
        Assert.Equal("narrative.contradiction", finding.RuleId);
        Assert.Equal("2", finding.Expected);
        Assert.Equal("6", finding.Actual);
        Assert.Contains("第一部分：「全年共收到市级政协提案2件、区级政协提案3件。」", finding.Evidence);
        Assert.Contains("第六部分：「3.区商务和投资促进局全年共收到市级政协提案6件、区级政协提案3件。」", finding.Evidence);
    }

    [Fact]
    public void Taierzhuang_commerce_bureau_2023_proposal_counts_contradict_in_the_seed_text()
    {
        var facts = Contradictions.Statements(SeedNarrative.Sentences("001"), 2023)
            .Where(f => f.Label == "市级政协提案").ToList();
        Assert.Equal([(1, 2L), (6, 6L)], facts.Select(f => (f.Sentence.Section, f.Count)));
        // 区级政协提案 is 3 in both places: no contradiction there.
        Assert.All(Contradictions.Statements(SeedNarrative.Sentences("001"), 2023).Where(f => f.Label == "区级政协提案"),
            f => Assert.Equal(3, f.Count));
    }

    [Theory]
    [InlineData("000", 2024)]
    [InlineData("002", 2023)]
    [InlineData("003", 2024)]
    [InlineData("004", 2024)]
    public void Other_seeds_state_no_fact_twice_with_different_numbers(string seed, int year)
    {
        var facts = Contradictions.Statements(SeedNarrative.Sentences(seed), year);
        Assert.All(facts.GroupBy(f => f.Key), g => Assert.Single(g.Select(f => f.Count).Distinct()));
    }
}
