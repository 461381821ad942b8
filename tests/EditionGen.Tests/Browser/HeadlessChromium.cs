using EditionGen.Tests.Support;
using Microsoft.Playwright;

namespace EditionGen.Tests.Browser;

/// <summary>Debian's Chromium, headless and driven by Playwright, as the browser tests use it.</summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Skips the test with the reason when Chromium is missing (fails in CI).</summary>
    public static void Require() =>
        ExternalTool.Require(File.Exists(Executable), $"Chromium is not installed at {Executable} (apt-get install chromium).");

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            ChromiumSandbox = false,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A new page with a timeout long enough for Pagefind's WebAssembly to start on a loaded machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
