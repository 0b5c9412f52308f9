using OpenDisclosure.Reports.Narrative;

namespace OpenDisclosure.Reports.Tests.Narrative;

/// <summary>What the extractor reads from the seeds' own sentences.</summary>
public class RequestClaimExtractorTests
{
    private static IReadOnlyList<RequestClaim> Claims(string seed, int year) =>
        RequestClaimExtractor.Extract(SeedNarrative.Sentences(seed), year);

    [Fact]
    public void Linzi_2024_counts_shares_and_yoy_claim_are_read()
    {
        var claims = Claims("003", 2024);
        var received = Assert.Single(claims, c => c.Measure == RequestMeasure.NewRequests);
        Assert.Equal(12, received.Count);
        Assert.False(received.Change!.Increase);
        Assert.Equal(55.55m, received.Change.Percent.Value);

        var granted = Assert.Single(claims, c => c.Measure == RequestMeasure.Granted);
        Assert.Equal(5, granted.Count);
        Assert.Equal(35.71m, granted.Percent!.Value);
        Assert.Equal(2, granted.Percent.Decimals);
        Assert.Equal(42.85m, Assert.Single(claims, c => c.Measure == RequestMeasure.PartiallyGranted).Percent!.Value);
        Assert.Equal(21.44m, Assert.Single(claims, c => c.Measure == RequestMeasure.Unavailable).Percent!.Value);
        Assert.Equal(0, Assert.Single(claims, c => c.Measure == RequestMeasure.Denied).Count);
        Assert.Equal(14, Assert.Single(claims, c => c.Measure == RequestMeasure.TotalProcessed).Count);
        Assert.Equal(2, Assert.Single(claims, c => c.Measure == RequestMeasure.CarriedOver).Count);
        Assert.Equal(0, Assert.Single(claims, c => c.Measure == RequestMeasure.CarriedForward).Count);
        Assert.True(Assert.Single(claims, c => c.Measure == RequestMeasure.Review).Negated);
        Assert.True(Assert.Single(claims, c => c.Measure == RequestMeasure.Litigation).Negated);
    }

    [Fact]
    public void Yongan_2024_outcomes_in_a_sentence_without_the_word_request_are_read_from_the_paragraph()
    {
        var claims = Claims("004", 2024);
        Assert.Equal(5, Assert.Single(claims, c => c.Measure == RequestMeasure.NewRequests).Count);
        Assert.Equal(3, Assert.Single(claims, c => c.Measure == RequestMeasure.Granted).Count);
        Assert.Equal(1, Assert.Single(claims, c => c.Measure == RequestMeasure.PartiallyGranted).Count);
        Assert.Equal(1, Assert.Single(claims, c => c.Measure == RequestMeasure.Unavailable).Count);
    }

    [Fact]
    public void Zhangfan_2023_letters_and_proposals_are_not_requests()
    {
        // "收到互动交流信件5件，按时回复5件" and "承办区级人大代表建议2个" must not be read as requests.
        var claims = Claims("002", 2023);
        Assert.Equal(0, Assert.Single(claims, c => c.Measure == RequestMeasure.NewRequests).Count);
        Assert.Equal(0, Assert.Single(claims, c => c.Measure == RequestMeasure.Litigation).Count);
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_statement_about_another_year_is_not_read_as_this_year()
    {
        var sentences = NarrativeText.Sentences("2023年共收到政府信息公开申请27件。2024年共收到政府信息公开申请12件。", 1);
        var claim = Assert.Single(RequestClaimExtractor.Extract(sentences, 2024));
        Assert.Equal(12, claim.Count);
    }

    [Fact]
    public void Full_width_digits_and_percent_signs_are_read()
    {
        var sentences = NarrativeText.Sentences("本年度共收到政府信息公开申请１４件，其中予以公开５件，占３５．７１％。", 1);
        var granted = Assert.Single(RequestClaimExtractor.Extract(sentences, 2024), c => c.Measure == RequestMeasure.Granted);
        Assert.Equal(5, granted.Count);
        Assert.Equal(35.71m, granted.Percent!.Value);
    }
}
