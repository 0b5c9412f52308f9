using System.Text.Json.Nodes;

namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class RequestOutcomesTests(ApiFactory factory)
{
    private const string Linzi = "临淄区人民政府办公室";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Wide_total_processed_2024_has_linzi_natural_person_14()
    {
        var page = await _client.GetJson("/api/v1/request-outcomes?year=2024&row=total_processed");

        var item = page.OfAgency(Linzi);
        Assert.Equal(2024, (int)item["year"]!);
        Assert.Equal("total_processed", (string?)item["row"]);
        Assert.Equal(14, (long)item["naturalPerson"]!);
        Assert.Equal(0, (long)item["commercialEnterprise"]!);
        Assert.Equal(14, (long)item["total"]!);
        Assert.NotNull(item["reportId"]);
        Assert.NotNull(item["agencyId"]);
        Assert.All(page.Items(), i => Assert.Equal("total_processed", (string?)i!["row"]));
        Assert.All(page.Items(), i => Assert.Equal(2024, (int)i!["year"]!));
    }

    [Fact]
    public async Task Long_shape_has_one_item_per_applicant_column()
    {
        var page = await _client.GetJson("/api/v1/request-outcomes?year=2024&row=total_processed&shape=long");

        var linzi = page.Items().Where(i => (string?)i!["agencyName"] == Linzi).ToList();
        Assert.Equal(
            ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization",
             "legalServiceAgency", "otherOrganization", "total"],
            linzi.Select(i => (string?)i!["column"]));
        Assert.Equal([14L, 0, 0, 0, 0, 0, 14], linzi.Select(i => (long)i!["value"]!));
        Assert.All(linzi, i => Assert.Equal("total_processed", (string?)i!["row"]));
    }

    [Fact]
    public async Task Filter_by_agency_returns_all_25_rows_of_its_report_in_template_order()
    {
        var agencyId = await AgencyId(Linzi);

        var page = await _client.GetJson($"/api/v1/request-outcomes?agency={agencyId}");

        var rows = page.Items().Select(i => (string?)i!["row"]).ToList();
        Assert.Equal(25, rows.Count);
        Assert.Equal("new_requests", rows[0]);
        Assert.Equal("total_processed", rows[23]);
        Assert.Equal("carried_forward", rows[24]);
        Assert.Null((string?)page["next"]);
    }

    private async Task<int> AgencyId(string name)
    {
        var agencies = await _client.GetJson($"/api/v1/agencies?q={Uri.EscapeDataString(name)}");
        return (int)Assert.Single(agencies.Items())!["agencyId"]!;
    }
}
