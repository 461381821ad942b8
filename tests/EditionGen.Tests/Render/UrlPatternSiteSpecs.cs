using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Validate;

namespace EditionGen.Tests.Render;

public class UrlPatternSiteSpecs
{
    private const string BaseUrl = "https://owner.github.io/repo/";

    private static readonly Lazy<RenderedSite> Site = new(() =>
    {
        var config = EditionConfigLoader.Parse(
            $"""
            title: 阿勒泰报
            base_url: {BaseUrl}
            urls:
              issue: "{"{yyyy}-{mm}-{dd}/"}"
              page: "{"{yyyy}-{mm}-{dd}/p{page}.html"}"
              article: "{"{yyyy}-{mm}-{dd}/{page}-{order}.html"}"
            """,
            "edition.yml");
        return RenderedSite.Of(SampleSite.WithBusyAuthor(), config);
    });

    [Fact]
    public void Issues_pages_and_articles_are_written_where_the_patterns_say()
    {
        var paths = Site.Value.ByPath.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Contains("2023-05-30/index.html", paths);
        Assert.Contains("2023-05-30/issue.json", paths);
        Assert.Contains("2023-05-30/p02.html", paths);
        Assert.Contains("2023-05-30/01-02.html", paths);
        Assert.Contains("2023-05-30/01-02.txt", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("2023/", StringComparison.Ordinal));
        Assert.Contains("archive/2023/05/index.html", paths);
    }

    [Fact]
    public void The_plan_names_exactly_the_rendered_files()
    {
        var site = Site.Value;

        Assert.Equal(site.Plan.Paths, site.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void Every_link_of_a_site_with_other_patterns_validates()
    {
        var site = Site.Value;
        var validator = new SiteValidator(ValidationOptions.FromBaseUrl(BaseUrl, site.Plan.Paths.ToHashSet(StringComparer.Ordinal)));

        var diagnostics = site.Files.SelectMany(validator.Check).Concat(validator.Complete()).ToList();

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.LinkBroken);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Links_feeds_and_sitemaps_use_the_pattern_addresses()
    {
        var site = Site.Value;

        Assert.Contains("href=\"/repo/2023-05-30/01-02.html\"", site.Text("2023-05-30/p01.html"));
        Assert.Contains("href=\"/repo/2023-05-30/p01.html\"", site.Text("2023-05-30/index.html"));
        Assert.Contains("https://owner.github.io/repo/2023-05-30/01-02.html", site.Text("feed.xml"));
        Assert.Contains("<loc>https://owner.github.io/repo/2023-05-30/p02.html</loc>", site.Text("sitemap-2023.xml"));
        Assert.Contains("https://owner.github.io/repo/2023-05-30/01-02.html", site.Text("2023-05-30/01-02.txt"));
    }
}
