using OpenQA.Selenium;
using Xunit.Abstractions;

namespace OpenDisclosure.Api.Tests.Pages.Browser;

/// <summary>
/// The journeys a person takes, in headless Chromium against the real host: search 临淄, open the agency and its
/// 2024 report, switch to English, check a draft by uploading it and read the finding behind a marked cell. Each
/// journey fails on any browser console error and saves screenshots (paths in the test output).
/// </summary>
public sealed class BrowserJourneyTests(BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string Linzi = "临淄区人民政府办公室";

    [BrowserFact]
    public void Search_an_agency_see_its_trend_chart_and_open_its_report()
    {
        browser.Open("/?lang=zh");
        browser.Wait(By.Id("q")).SendKeys("临淄");
        browser.Driver.FindElement(By.CssSelector("form[role=search] button")).Click();
        var match = browser.Wait(By.LinkText(Linzi));
        Shot("home");
        match.Click();

        Assert.Equal(Linzi, browser.Wait(By.Id("agency-name")).Text);
        // ECharts drew the chart from the table (SVG renderer): the chart box is shown and holds an svg.
        var chart = browser.Wait(By.CssSelector("[data-chart-for=requests-trend] svg"));
        Assert.True(chart.Size.Width > 300, $"chart width {chart.Size.Width}");
        Shot("agency");
        Shot("agency-phone", 390);

        browser.Driver.FindElement(By.CssSelector("#reports tbody a")).Click();
        Assert.Equal("12", browser.Wait(By.Id("cell-3-new_requests-total")).Text);
        Assert.Equal("14", browser.Driver.FindElement(By.Id("cell-3-total_processed-total")).Text);
        // The undated 临淄区 report: timeliness 0 of 15, (23 + 25 + 15) / 80.
        Assert.Contains("78.8", browser.Driver.FindElement(By.Id("score")).Text);
        Shot("report");
        Shot("report-phone", 390);
        NoConsoleErrors();
    }

    [BrowserFact]
    public void Switch_to_english_and_keep_it_on_the_next_page()
    {
        browser.Open("/?lang=zh");
        browser.Wait(By.Id("lang-switch")).Click();

        Assert.Equal("Annual government information disclosure reports as open data", browser.Wait(By.TagName("h1")).Text);
        browser.Driver.FindElement(By.LinkText("Findings")).Click();
        Assert.Equal("Findings", browser.Wait(By.TagName("h1")).Text);
        browser.Wait(By.CssSelector("[data-chart-for=per-rule] svg"));
        Assert.Contains("date.missing", browser.Driver.FindElement(By.Id("finding-table")).Text);
        Shot("findings-en");
        Shot("findings-en-phone", 390);
        browser.Open("/?lang=zh");
        NoConsoleErrors();
    }

    [BrowserFact]
    public void Upload_a_draft_and_read_the_finding_behind_a_marked_cell()
    {
        var draft = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(draft, HtmlPages.LinziWithGrantedChanged());
        try
        {
            browser.Open("/check?lang=zh");
            browser.Wait(By.Id("file")).SendKeys(draft);
            browser.Driver.FindElement(By.Id("check-button")).Click();

            var cell = browser.Wait(By.CssSelector("#check-result #cell-3-granted-total"), 20);
            Assert.Contains("flagged", cell.GetAttribute("class"));
            Assert.Equal(Path.GetFileName(draft), browser.Driver.FindElement(By.CssSelector("#check-result h2")).Text);
            cell.FindElement(By.CssSelector("a.mark")).Click();

            var dialog = browser.Wait(By.Id("finding-dialog"));
            Assert.Contains("table3.column_sum", dialog.Text);
            Assert.Contains("7", dialog.FindElement(By.CssSelector(".expected")).Text);
            Assert.Contains("5", dialog.FindElement(By.CssSelector(".actual")).Text);
            Shot("check-finding");
            dialog.FindElement(By.CssSelector("button")).Click();
            Shot("check-phone", 390);
            NoConsoleErrors();
        }
        finally
        {
            File.Delete(draft);
        }
    }

    [BrowserFact]
    public void The_console_error_check_sees_errors()
    {
        browser.Open("/findings");
        browser.Driver.ExecuteScript("console.error('probe from the test')");

        Assert.Contains(browser.ConsoleErrors(), m => m.Contains("probe from the test"));
    }

    private void Shot(string name, int width = 1280) => output.WriteLine($"screenshot: {browser.Shot(name, width)}");

    private void NoConsoleErrors() => Assert.Empty(browser.ConsoleErrors());
}
