namespace OpenDisclosure.Api.Tests.Pages.Browser;

/// <summary>
/// Debian's headless browser and its driver (packages <c>chromium</c> and <c>chromium-driver</c>; .ci/run installs
/// them). Paths can be overridden with CHROMIUM_PATH and CHROMEDRIVER_PATH.
/// </summary>
public static class Chromium
{
    public static readonly string Browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
    public static readonly string Driver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        !File.Exists(Browser) ? $"no browser at {Browser}: apt-get install -y chromium chromium-driver (CI installs them)"
        : !File.Exists(Driver) ? $"no driver at {Driver}: apt-get install -y chromium-driver (CI installs it)"
        : null;
}

/// <summary>A browser test: reported as skipped, with the reason, when Chromium is not installed (never a silent pass).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } reason) Skip = reason;
    }
}
