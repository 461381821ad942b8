using EditionGen.Tests.Support;
using Microsoft.Playwright;

namespace EditionGen.Tests.Browser;

/// <summary>A reader's search in a real browser: Debian's Chromium driven by Playwright.</summary>
public sealed class SearchInBrowserSpecs
{
    private const string Headline = "天山南北奏响高质量发展“变奏曲”";

    private static async Task<ServedSample> ServeWithSearchAsync()
    {
        HeadlessChromium.Require();
        ExternalTool.Require(ExternalTool.Find("node") is not null, "Node.js is not installed, so the search index cannot be built.");
        return await ServedSample.StartAsync(search: true);
    }

    private static ILocator Result(IPage page, string title) =>
        page.Locator(".search-results a", new PageLocatorOptions { HasText = title }).First;

    [SkippableFact]
    public async Task A_reader_finds_an_article_by_a_chinese_phrase_and_follows_the_result_to_it()
    {
        await using var served = await ServeWithSearchAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(new Uri(served.Address, "search/").AbsoluteUri);
        await page.GetByRole(AriaRole.Searchbox).FillAsync("甜叶菊");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        await Result(page, Headline).WaitForAsync();
        await Result(page, Headline).ClickAsync();
        // The address only: the heading's own wait covers the page, and a wait for the load event
        // once ran out at 90 s on a busy machine after the network had gone quiet.
        await page.WaitForURLAsync("**/repo/2023/05/30/01/01/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        Assert.Equal(Headline, (await page.Locator("h1").First.InnerTextAsync()).Trim());
    }

    [SkippableFact]
    public async Task A_search_address_fills_the_form_runs_the_search_and_follows_the_readers_changes()
    {
        await using var served = await ServeWithSearchAsync();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(new Uri(served.Address, "search/?q=" + Uri.EscapeDataString("甜叶菊")).AbsoluteUri);
        await Result(page, Headline).WaitForAsync();
        Assert.Equal("甜叶菊", await page.GetByRole(AriaRole.Searchbox).InputValueAsync());

        await page.GetByRole(AriaRole.Searchbox).FillAsync("口岸");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === '口岸'");
        var pageFilter = page.Locator("#search-filters select[name=page]");
        var firstPage = await pageFilter.Locator("option").Nth(1).GetAttributeAsync("value");
        await pageFilter.SelectOptionAsync(firstPage!);
        await page.WaitForFunctionAsync($"() => new URLSearchParams(location.search).get('page') === {System.Text.Json.JsonSerializer.Serialize(firstPage)}");
        await Result(page, Headline).WaitForAsync();

        // The address now holds the whole search: opened again, it gives the same form.
        var shared = page.Url;
        var again = await chromium.NewPageAsync();
        await again.GotoAsync(shared);
        await Result(again, Headline).WaitForAsync();
        Assert.Equal("口岸", await again.GetByRole(AriaRole.Searchbox).InputValueAsync());
        Assert.Equal(firstPage, await again.Locator("#search-filters select[name=page]").InputValueAsync());
    }
}
