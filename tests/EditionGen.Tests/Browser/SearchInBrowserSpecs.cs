using EditionGen.Tests.Support;
using Microsoft.Playwright;

namespace EditionGen.Tests.Browser;

/// <summary>A reader's search in a real browser: Debian's Chromium driven by Playwright.</summary>
public sealed class SearchInBrowserSpecs
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task A_reader_finds_an_article_by_a_chinese_phrase_and_follows_the_result_to_it()
    {
        ExternalTool.Require(File.Exists(Chromium), $"Chromium is not installed at {Chromium} (apt-get install chromium).");
        ExternalTool.Require(ExternalTool.Find("node") is not null, "Node.js is not installed, so the search index cannot be built.");
        await using var served = await ServedSample.StartAsync(search: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            ChromiumSandbox = false,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        // A shared machine under load can take a while to start Pagefind's WebAssembly.
        page.SetDefaultTimeout(90_000);

        await page.GotoAsync(new Uri(served.Address, "search/").AbsoluteUri);
        await page.GetByRole(AriaRole.Searchbox).FillAsync("甜叶菊");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        var result = page.Locator(".search-results a", new PageLocatorOptions { HasText = "天山南北奏响高质量发展“变奏曲”" });
        await result.First.WaitForAsync();
        await result.First.ClickAsync();
        await page.WaitForURLAsync("**/repo/2023/05/30/01/01/");

        Assert.Equal("天山南北奏响高质量发展“变奏曲”", (await page.Locator("h1").First.InnerTextAsync()).Trim());
    }
}
