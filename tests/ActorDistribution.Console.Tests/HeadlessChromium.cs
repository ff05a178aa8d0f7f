using PuppeteerSharp;

namespace ActorDistribution.Console.Tests;

/// <summary>
/// Debian's chromium (apt-get install chromium), headless, with a fresh profile; never a downloaded browser. A machine
/// without it fails the console's tests with the line that installs it, rather than skipping them.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly TempDirectory _profile;

    private HeadlessChromium(IBrowser browser, TempDirectory profile)
    {
        Browser = browser;
        _profile = profile;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync(string executablePath = ExecutablePath)
    {
        if (!File.Exists(executablePath))
            throw new InvalidOperationException(
                $"chromium is not installed at {executablePath}; the console's tests need a real browser: apt-get install -y chromium (.ci/run does it as root)");
        var profile = new TempDirectory();
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            UserDataDir = profile.Path,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.Path}"],
            Timeout = 60_000,
        });
        return new HeadlessChromium(browser, profile);
    }

    public async Task<IPage> OpenAsync(string url)
    {
        var page = await Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 900 });
        var response = await page.GoToAsync(url);
        Assert.True(response.Ok, $"{url} answered {(int)response.Status}");
        return page;
    }

    /// <summary>A PNG of the whole page in the test output folder (screenshots/&lt;test&gt;/&lt;name&gt;.png).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string test, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", test);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        _profile.Dispose();
    }
}
