namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class CodelistsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_25_request_rows_plus_the_2019_row_and_seven_columns()
    {
        var lists = await _client.GetJson("/api/v1/codelists");

        var rows = lists["requestRows"]!.AsArray();
        Assert.Equal(26, rows.Count);
        Assert.Equal(25, rows.Count(r => r!["templates"]!.AsArray().Any(f => (string?)f == "2021")));
        var last = rows[^1]!;
        Assert.Equal("other_processing", (string?)last["code"]);
        Assert.Equal(["2019"], last["templates"]!.AsArray().Select(f => (string?)f));
        Assert.Equal("（七）总计", (string?)rows.Single(r => (string?)r!["code"] == "total_processed")!["labelZh"]);
        Assert.Equal(
            ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
             "legalServiceAgency", "otherOrganization", "total"],
            lists["applicantColumns"]!.AsArray().Select(c => (string?)c!["code"]));
        Assert.Equal("自然人", (string?)lists["applicantColumns"]![0]!["labelZh"]);
        Assert.Contains(lists["proactiveFields"]!.AsArray(), f => (string?)f!["code"] == "feesTenThousandYuan" && (bool)f["isAmount"]!);
    }
}
