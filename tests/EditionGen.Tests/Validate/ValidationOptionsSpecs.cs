using EditionGen.Model;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class ValidationOptionsSpecs
{
    private static readonly HashSet<string> Site = new(StringComparer.Ordinal) { "index.html", "2023/05/30/index.html" };

    [Fact]
    public void A_whole_base_url_gives_the_host_and_the_base_path()
    {
        var options = ValidationOptions.FromBaseUrl("https://news.example.org/repo/", Site);

        Assert.Equal(("news.example.org", "/repo/"), (options.SiteHost, options.BasePath));
    }

    [Fact]
    public void A_base_path_alone_gives_no_host()
    {
        var options = ValidationOptions.FromBaseUrl("/repo/", Site);

        Assert.Equal((null, "/repo/"), (options.SiteHost, options.BasePath));
    }

    [Theory]
    [InlineData("/repo")]
    [InlineData("repo/")]
    [InlineData("/repo/")]
    [InlineData("https://news.example.org/repo")]
    public void The_base_path_is_read_the_same_with_or_without_its_slashes(string basePath)
    {
        var validator = new SiteValidator(new ValidationOptions { KnownPaths = Site, BasePath = basePath });
        var page = SiteFile.FromText("index.html", HtmlPages.With("<a href=\"/repo/2023/05/30/\">最新</a><a href=\"/repo\">首页</a>"));

        Assert.Empty(validator.Check(page));
    }
}
