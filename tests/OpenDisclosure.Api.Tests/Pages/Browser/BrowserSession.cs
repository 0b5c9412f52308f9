using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace OpenDisclosure.Api.Tests.Pages.Browser;

/// <summary>
/// The service on a real Kestrel loopback port (not TestServer: a browser needs a socket), over its own temporary
/// database built from data/reports, and one headless Chromium driven by Selenium. Shared by a test class.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    private readonly ApiFactory? _factory;

    public BrowserSession()
    {
        if (Chromium.Missing is not null) return;
        _factory = new ApiFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.Driver)!, Path.GetFileName(Chromium.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public string BaseUrl { get; } = "";
    public ChromeDriver Driver { get; } = null!;

    /// <summary>Where the screenshots go: a temp folder (printed by the tests), or OD_SCREENSHOTS, e.g. docs/screenshots.</summary>
    public static readonly string ShotFolder = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("OD_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "od-browser-shots")).FullName;

    public void Open(string path) => Driver.Navigate().GoToUrl(BaseUrl + path);

    public IWebElement Wait(By by, int seconds = 10) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)).Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed));

    /// <summary>A full-page screenshot at the given width; returns the file path.</summary>
    public string Shot(string name, int width = 1280)
    {
        var window = Driver.Manage().Window;
        Driver.ExecuteScript("window.scrollTo(0, 0)"); // a click may have scrolled; the shot starts at the top
        var height = Convert.ToInt32(Driver.ExecuteScript("return Math.max(document.body.scrollHeight, 600)"));
        window.Size = new System.Drawing.Size(width, Math.Min(height + 120, 8000));
        var path = Path.Combine(ShotFolder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        window.Size = new System.Drawing.Size(1280, 1000);
        return path;
    }

    /// <summary>Errors the browser console reported since the last call (script errors, failed loads).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Severe).Select(e => e.Message).ToList();

    public void Dispose()
    {
        Driver?.Quit();
        _factory?.Dispose();
    }
}
