using EditionGen.Configuration;
using EditionGen.Render;

namespace EditionGen.Tests.Render;

public class UrlBuilderSpecs
{
    private static readonly DateOnly Date = new(2023, 5, 30);

    [Fact]
    public void A_project_site_gets_every_link_under_its_repository_path()
    {
        var urls = new UrlBuilder(new EditionConfig { BaseUrl = "https://owner.github.io/repo/" });

        Assert.Equal("/repo/", urls.Home());
        Assert.Equal("/repo/2023/05/30/", urls.Issue(Date));
        Assert.Equal("/repo/2023/05/30/01/", urls.Page(Date, 1));
        Assert.Equal("/repo/2023/05/30/01/02/", urls.Article(Date, 1, 2));
        Assert.Equal("/repo/archive/", urls.Archive());
        Assert.Equal("/repo/archive/2023/", urls.ArchiveYear(2023));
        Assert.Equal("/repo/archive/2023/05/", urls.ArchiveMonth(2023, 5));
        Assert.Equal("/repo/assets/site.css", urls.Asset("site.css"));
        Assert.Equal("/repo/404.html", urls.NotFound());
    }

    [Fact]
    public void Pages_are_written_directory_style()
    {
        var urls = new UrlBuilder(new EditionConfig());

        Assert.Equal("index.html", UrlBuilder.HomePath);
        Assert.Equal("2023/05/30/index.html", urls.IssuePath(Date));
        Assert.Equal("2023/05/30/issue.json", urls.IssueJsonPath(Date));
        Assert.Equal("2023/05/30/04/index.html", urls.PagePath(Date, 4));
        Assert.Equal("2023/05/30/01/01/index.html", urls.ArticlePath(Date, 1, 1));
        Assert.Equal("2023/05/30/01/01/article.txt", urls.ArticleTextPath(Date, 1, 1));
        Assert.Equal("archive/2023/05/index.html", UrlBuilder.ArchiveMonthPath(2023, 5));
    }

    [Fact]
    public void Absolute_urls_keep_the_host_and_the_base_path()
    {
        var urls = new UrlBuilder(new EditionConfig { BaseUrl = "https://owner.github.io/repo" });

        Assert.True(urls.HasOrigin);
        Assert.Equal("/repo/", urls.BasePath);
        Assert.Equal("https://owner.github.io/repo/2023/05/30/01/01/", urls.Absolute(urls.ArticlePath(Date, 1, 1)));
        Assert.Equal("https://owner.github.io/repo/feed.xml", urls.Absolute("feed.xml"));
    }

    [Theory]
    [InlineData("/", "/2023/05/30/")]
    [InlineData("", "/2023/05/30/")]
    [InlineData("https://news.example.com", "/2023/05/30/")]
    [InlineData("/edition", "/edition/2023/05/30/")]
    public void A_site_at_the_root_or_under_a_path_links_from_that_path(string baseUrl, string expected)
    {
        var urls = new UrlBuilder(new EditionConfig { BaseUrl = baseUrl });

        Assert.Equal(expected, urls.Issue(Date));
    }

    [Fact]
    public void A_base_url_without_a_host_gives_site_relative_canonical_urls()
    {
        var urls = new UrlBuilder(new EditionConfig { BaseUrl = "/" });

        Assert.False(urls.HasOrigin);
        Assert.Equal("/2023/05/30/", urls.Absolute(urls.IssuePath(Date)));
    }

    [Theory]
    [InlineData("/repo/2023/05/30/", "2023/05/30/index.html")]
    [InlineData("/repo/2023/05/30/01/01/#top", "2023/05/30/01/01/index.html")]
    [InlineData("/repo/", "index.html")]
    [InlineData("/repo/assets/site.css?v=1", "assets/site.css")]
    [InlineData("https://owner.github.io/repo/feed.xml", "feed.xml")]
    [InlineData("/other/2023/05/30/", null)]
    [InlineData("/2023/05/30/", null)]
    public void A_site_url_maps_back_to_its_output_path_and_a_foreign_one_does_not(string url, string? expected)
    {
        var urls = new UrlBuilder(new EditionConfig { BaseUrl = "https://owner.github.io/repo/" });

        Assert.Equal(expected, urls.ToOutputPath(url));
    }
}
