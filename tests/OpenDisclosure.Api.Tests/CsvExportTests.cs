using System.Net.Http.Headers;

namespace OpenDisclosure.Api.Tests;

[Collection("api")]
public sealed class CsvExportTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string WideHeader = "reportId,agencyId,agencyName,year,row,naturalPerson,commercialEnterprise,"
        + "researchInstitution,socialWelfareOrganization,legalServiceAgency,otherOrganization,total\r\n";

    [Fact]
    public async Task Small_query_exports_exact_rfc4180_text()
    {
        var (reportId, agencyId) = await LinziIds();

        using var response = await _client.GetAsync($"/api/v1/request-outcomes?agency={agencyId}&row=total_processed&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            WideHeader + $"{reportId},{agencyId},临淄区人民政府办公室,2024,total_processed,14,0,0,0,0,0,14\r\n",
            System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Bom_true_prefixes_the_utf8_byte_order_mark()
    {
        var (reportId, agencyId) = await LinziIds();

        var bytes = await _client.GetByteArrayAsync($"/api/v1/request-outcomes?agency={agencyId}&row=total_processed&format=csv&bom=true");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            WideHeader + $"{reportId},{agencyId},临淄区人民政府办公室,2024,total_processed,14,0,0,0,0,0,14\r\n",
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Accept_text_csv_selects_csv_and_returns_every_row_without_paging()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/request-outcomes?year=2024&limit=1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await _client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var years = await _client.GetJson("/api/v1/years");
        var reports2024 = (int)years.Items().Single(y => (int)y!["year"]! == 2024)!["reportCount"]!;
        Assert.Equal(WideHeader.TrimEnd(), lines[0]);
        Assert.Equal(1 + reports2024 * 25, lines.Length);
    }

    [Fact]
    public async Task Long_and_other_lists_export_their_header_codes()
    {
        var (_, agencyId) = await LinziIds();

        var longCsv = await _client.GetStringAsync($"/api/v1/request-outcomes?agency={agencyId}&row=total_processed&shape=long&format=csv");
        var review = await _client.GetStringAsync($"/api/v1/reviews-litigation?agency={agencyId}&format=csv");
        var proactive = await _client.GetStringAsync($"/api/v1/proactive-disclosure?agency={agencyId}&format=csv");

        Assert.StartsWith("reportId,agencyId,agencyName,year,row,column,value\r\n", longCsv);
        Assert.Contains(",临淄区人民政府办公室,2024,total_processed,naturalPerson,14\r\n", longCsv);
        Assert.Equal(8, longCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("reportId,agencyId,agencyName,year,review.upheld,review.corrected,review.other,review.pending,review.total,"
            + "litigationDirect.upheld,", review);
        var header = proactive.Split("\r\n")[0].Split(',');
        var row = proactive.Split("\r\n")[1].Split(',');
        Assert.Equal("9", row[Array.IndexOf(header, "normativeDocuments.inForce")]);
        Assert.Equal("", row[Array.IndexOf(header, "regulations.newlyMade")]);
    }

    private async Task<(int ReportId, int AgencyId)> LinziIds()
    {
        var agencies = await _client.GetJson($"/api/v1/agencies?q={Uri.EscapeDataString("临淄")}");
        var agencyId = (int)Assert.Single(agencies.Items())!["agencyId"]!;
        var reports = await _client.GetJson($"/api/v1/reports?agency={agencyId}");
        return ((int)Assert.Single(reports.Items())!["reportId"]!, agencyId);
    }
}
