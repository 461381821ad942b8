using AngleSharp.Html.Parser;

namespace EditionGen.Tests.Browser;

public sealed class SiteCrawlSpecs
{
    [Fact]
    public async Task A_crawl_of_the_sample_served_under_a_project_path_finds_no_broken_link()
    {
        await using var served = await ServedSample.StartAsync(search: false);
        using var http = new HttpClient();
        var parser = new HtmlParser();
        var queue = new Queue<Uri>([served.Address]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { served.Address.AbsoluteUri };
        var broken = new List<string>();

        while (queue.TryDequeue(out var url))
        {
            using var response = await http.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{url} → {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var targets = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .OfType<string>();
            foreach (var target in targets)
            {
                var next = new Uri(url, target);
                if (next.Authority != served.Address.Authority) continue;
                Assert.StartsWith("/repo/", next.AbsolutePath);
                var key = new UriBuilder(next) { Fragment = "", Query = "" }.Uri.AbsoluteUri;
                if (seen.Add(key)) queue.Enqueue(new Uri(key));
            }
        }

        Assert.Empty(broken);
        var articles = Enumerable.Range(1, 7).Select(order => new Uri(served.Address, $"2023/05/30/01/{order:00}/").AbsoluteUri);
        Assert.All(articles, article => Assert.Contains(article, seen));
    }
}
