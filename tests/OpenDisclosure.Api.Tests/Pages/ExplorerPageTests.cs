using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace OpenDisclosure.Api.Tests.Pages;

/// <summary>The web pages over the five seed reports: real values in the rendered HTML.</summary>
[Collection("api")]
public sealed class ExplorerPageTests(ApiFactory factory)
{
    private const string Linzi = "临淄区人民政府办公室";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(int ReportId, int AgencyId)> LinziIds()
    {
        var report = (await _client.GetJson("/api/v1/reports?year=2024")).OfAgency(Linzi);
        return ((int)report["reportId"]!, (int)report["agencyId"]!);
    }

    [Fact]
    public async Task Home_shows_the_dataset_and_finds_an_agency_by_part_of_its_name()
    {
        var (_, agencyId) = await LinziIds();

        var page = await _client.GetPage($"/?q={Uri.EscapeDataString("临淄")}");

        Assert.Equal("5", page.Id("report-count").Text());
        Assert.Equal("5", page.Id("agency-count").Text());
        var match = Assert.Single(page.QuerySelectorAll("ul.agencies a"));
        Assert.Equal(Linzi, match.Text());
        Assert.Equal($"/agencies/{agencyId}", match.GetAttribute("href"));
        var coverage = page.QuerySelectorAll("#coverage tbody tr").Select(r => r.Cells()).ToList();
        Assert.Equal(["2024 3 问题 · 评分 · 未发布的机关", "2023 2 问题 · 评分 · 未发布的机关"], coverage);
        Assert.Contains(page.QuerySelectorAll("a[type='text/csv']"), a => a.GetAttribute("href") == "/api/v1/agencies?q=%E4%B8%B4%E6%B7%84&format=csv");
    }

    [Fact]
    public async Task Report_page_lays_out_table_three_as_published_with_the_seed_values()
    {
        var (reportId, agencyId) = await LinziIds();

        var page = await _client.GetPage($"/reports/{reportId}");

        var table = page.Id("table-3");
        Assert.Equal(25, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("12", page.Id("cell-3-new_requests-total").Text());
        Assert.Equal("5", page.Id("cell-3-granted-naturalPerson").Text());
        Assert.Equal("3", page.Id("cell-3-unavailable_not_held-total").Text());
        Assert.Equal("14", page.Id("cell-3-total_processed-total").Text());
        // The merged labels of the printed form: 三、本年度办理结果 spans the 21 outcome rows and 总计, （三）不予公开 its eight.
        Assert.Equal("22", table.QuerySelectorAll("th").Single(th => th.Text() == "三、本年度办理结果").GetAttribute("rowspan"));
        Assert.Equal("8", table.QuerySelectorAll("th").Single(th => th.Text() == "（三）不予公开").GetAttribute("rowspan"));
        Assert.Equal("法人或其他组织", table.QuerySelector("thead tr:nth-child(2) th:nth-child(2)")!.Text());
        Assert.Equal(15, page.Id("table-4").QuerySelectorAll("tbody td").Length);
        // Undated: timeliness 0 of 15 (an undated report costs what a late one does), (23 + 25 + 15) / 80.
        Assert.Equal("78.8", page.Id("score").Text());
        Assert.Contains("003_34f0a73bec97119a.txt", page.Id("provenance").Text());
        Assert.Contains(page.QuerySelectorAll("#finding-list li"), li => li.GetAttribute("data-rule") == "date.missing");
        Assert.Equal($"/agencies/{agencyId}", page.QuerySelector($"a[href='/agencies/{agencyId}']")?.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("a[type='application/json']"), a => a.GetAttribute("href") == $"/api/v1/reports/{reportId}");
    }

    [Fact]
    public async Task A_narrative_finding_marks_its_section()
    {
        var report = (await _client.GetJson("/api/v1/reports?year=2023")).OfAgency("枣庄市台儿庄区商务和投资促进局");

        var page = await _client.GetPage($"/reports/{report["reportId"]}");

        var section = Assert.Single(page.QuerySelectorAll("#section-list li.flagged"));
        Assert.StartsWith("六、", section.Text());
        var link = section.QuerySelector("a")!;
        var finding = page.Id(link.GetAttribute("href")!.TrimStart('#'));
        Assert.Equal("narrative.contradiction", finding.GetAttribute("data-rule"));
        Assert.Equal("2", finding.QuerySelector(".expected")!.Text());
        Assert.Equal("6", finding.QuerySelector(".actual")!.Text());
    }

    [Fact]
    public async Task Agency_page_shows_the_years_figures_shares_and_score()
    {
        var (reportId, agencyId) = await LinziIds();

        var page = await _client.GetPage($"/agencies/{agencyId}");

        Assert.Equal(Linzi, page.Id("agency-name").Text());
        Assert.Equal($"/reports/{reportId}", page.QuerySelector("#reports tbody a")!.GetAttribute("href"));
        Assert.Equal("2024 12 2 14 0", page.QuerySelector("#requests-trend tbody tr")!.Cells());
        // 5, 6 and 3 of the 14 processed: granted, partly granted, could not provide.
        Assert.Equal("2024 35.7 42.9 0.0 21.4 0.0 0.0", page.QuerySelector("#outcome-shares tbody tr")!.Cells());
        // Undated: timeliness is assessed as 0 (as if late), so 80 points are assessed and it scores 63 of them.
        Assert.Equal("2024 78.8 0 23 25 — 15 80", page.QuerySelector("#score-trend tbody tr")!.Cells());
        Assert.NotNull(page.QuerySelector("script[src='/vendor/echarts/echarts.min.js']"));
    }

    [Fact]
    public async Task Unknown_report_or_agency_is_404()
    {
        using var report = await _client.GetAsync("/reports/999999");
        using var agency = await _client.GetAsync("/agencies/999999");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, agency.StatusCode);
    }

    [Fact]
    public async Task English_is_asked_for_once_and_kept_by_cookie()
    {
        // A client without a cookie jar: the test sends the cookie itself, and the Chinese request goes without it.
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var asked = await client.GetAsync("/?lang=en");
        var cookie = Assert.Single(asked.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=en"));
        var english = await HtmlPages.Parse(asked, "GET /?lang=en");

        using var next = new HttpRequestMessage(HttpMethod.Get, "/findings");
        next.Headers.Add("Cookie", cookie.Split(';')[0]);
        var kept = await HtmlPages.Parse(await client.SendAsync(next), "GET /findings with the cookie");
        var chinese = await client.GetPage("/findings");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Coverage per year", english.Body!.Text());
        Assert.Equal("中文", english.Id("lang-switch").Text());
        Assert.Equal("Findings", kept.QuerySelector("h1")!.Text());
        Assert.Equal("问题清单", chinese.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Findings_page_filters_by_rule_and_links_each_finding_to_its_report()
    {
        var page = await _client.GetPage("/findings?rule=date.missing&year=2024");

        var rows = page.QuerySelectorAll("#finding-table tbody tr");
        Assert.Equal(2, rows.Length); // 临淄区 and 永安镇; 张范街道's undated report is for 2023
        Assert.Contains(rows, r => r.QuerySelector("td")!.Text() == Linzi);
        Assert.All(rows, r => Assert.Matches(@"^/reports/\d+#finding-\d+$", r.QuerySelector("td:nth-child(4) a")!.GetAttribute("href")));
        Assert.Equal("date.missing 2", Assert.Single(page.QuerySelectorAll("#per-rule tbody tr")).Cells());
        Assert.Contains(page.QuerySelectorAll("a[type='text/csv']"), a => a.GetAttribute("href") == "/api/v1/findings?year=2024&rule=date.missing&format=csv");
    }

    [Fact]
    public async Task Compliance_ranking_shows_each_score_with_its_assessed_weight_and_evidence()
    {
        var page = await _client.GetPage("/compliance?year=2023&sort=-score");

        var rows = page.QuerySelectorAll("#compliance-table tbody tr").Select(r => r.Cells()).ToList();
        // 张范街道's undated report loses timeliness (0 of 15, as a late one would), so 63 / 80 ranks it second.
        Assert.Equal(["枣庄市台儿庄区商务和投资促进局 2023 93.8 80 / 100 15 25 25 — 10 评分明细",
            "枣庄高新区张范街道 2023 78.8 80 / 100 0 23 25 — 15 评分明细"], rows);
        Assert.All(page.QuerySelectorAll("#compliance-table tbody tr td:last-child a"),
            a => Assert.Matches(@"^/reports/\d+#compliance$", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Coverage_lists_who_has_no_report_for_a_year()
    {
        var missing = await _client.GetPage("/coverage?year=2023");
        var present = await _client.GetPage("/coverage?year=2023&hasReport=true");

        var names = missing.QuerySelectorAll("#coverage-table tbody tr td:first-child").Select(td => td.Text()).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(Linzi, names);
        Assert.Equal(["枣庄市台儿庄区商务和投资促进局", "枣庄高新区张范街道"],
            present.QuerySelectorAll("#coverage-table tbody tr td:first-child").Select(td => td.Text()).Order());
    }

    [Fact]
    public async Task Checking_a_draft_without_script_marks_the_cells_that_do_not_add_up()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(HtmlPages.LinziWithGrantedChanged());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "draft.txt");

        var page = await HtmlPages.Parse(await _client.PostAsync("/check", form), "POST /check");

        var granted = page.Id("cell-3-granted-total");
        Assert.Equal("5", granted.Text());
        Assert.Contains("sev-error", granted.ClassName);
        var finding = page.Id(granted.QuerySelector("a.mark")!.GetAttribute("href")!.TrimStart('#'));
        Assert.Equal("table3.column_sum", finding.GetAttribute("data-rule"));
        Assert.Equal("7", finding.QuerySelector(".expected")!.Text());
        Assert.Equal("5", finding.QuerySelector(".actual")!.Text());
        Assert.Contains("table3.outcome_sum", page.Id("cell-3-total_processed-naturalPerson").QuerySelector("a.mark")!.GetAttribute("aria-label"));
        Assert.Equal("7", page.Id("cell-3-granted-naturalPerson").Text());
        Assert.Contains("draft.txt", page.Id("check-result").QuerySelector("h2")!.Text());
    }

    [Fact]
    public async Task A_draft_over_the_size_limit_is_refused_in_plain_words()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Validation:MaxBodyBytes", "1048576"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[1_100_000]), "file", "big.txt" } };

        var page = await HtmlPages.Parse(await small.CreateClient().PostAsync("/check", form), "POST /check", HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("文件太大：上限为 1 MB。", page.QuerySelector("#check-status .alert")!.Text());
        Assert.Empty(page.Id("check-result").Children);
    }

    [Fact]
    public async Task The_validate_json_renders_as_the_same_report_view()
    {
        using var body = new ByteArrayContent(HtmlPages.LinziWithGrantedChanged());
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var validated = await _client.PostAsync("/api/v1/validate", body);
        using var json = new StringContent(await validated.Content.ReadAsStringAsync(), System.Text.Encoding.UTF8, "application/json");

        var view = await HtmlPages.Parse(await _client.PostAsync("/check?handler=View", json), "POST /check?handler=View");

        Assert.Equal("14", view.Id("cell-3-total_processed-total").Text());
        Assert.Contains("flagged", view.Id("cell-3-granted-total").ClassName);
        Assert.Equal(["table3.outcome_sum", "table3.column_sum", "date.missing", "crossyear.not_assessable"],
            view.QuerySelectorAll("#finding-list > li").Select(li => li.GetAttribute("data-rule")));
    }
}
