using EditionGen.Configuration;
using EditionGen.Render;

namespace EditionGen.Tests.Render;

public class UrlPatternUrlBuilderSpecs
{
    private static readonly DateOnly Date = new(2023, 5, 30);

    private static UrlBuilder ProjectSite(string issue, string page, string article) => new(new EditionConfig
    {
        BaseUrl = "https://owner.github.io/repo/",
        Urls = new UrlPatterns
        {
            Issue = UrlPattern.Parse(UrlPatternKind.Issue, issue),
            Page = UrlPattern.Parse(UrlPatternKind.Page, page),
            Article = UrlPattern.Parse(UrlPatternKind.Article, article),
        },
    });

    [Fact]
    public void File_style_patterns_give_html_files_and_their_companions_beside_them()
    {
        var urls = ProjectSite("{yyyy}-{mm}-{dd}.html", "{yyyy}-{mm}-{dd}/p{page}.html", "{yyyy}-{mm}-{dd}/{page}-{order}.html");

        Assert.Equal("2023-05-30.html", urls.IssuePath(Date));
        Assert.Equal("2023-05-30.json", urls.IssueJsonPath(Date));
        Assert.Equal("2023-05-30/p04.html", urls.PagePath(Date, 4));
        Assert.Equal("2023-05-30/01-02.html", urls.ArticlePath(Date, 1, 2));
        Assert.Equal("2023-05-30/01-02.txt", urls.ArticleTextPath(Date, 1, 2));
        Assert.Equal("/repo/2023-05-30.html", urls.Issue(Date));
        Assert.Equal("/repo/2023-05-30/01-02.html", urls.Article(Date, 1, 2));
        Assert.Equal("https://owner.github.io/repo/2023-05-30/p04.html", urls.Absolute(urls.PagePath(Date, 4)));
    }

    [Fact]
    public void Directory_style_patterns_link_to_the_folder_under_the_base_path()
    {
        var urls = ProjectSite("{yyyy}-{mm}-{dd}/", "{yyyy}-{mm}-{dd}/{page}/", "{yyyy}/{mm}{dd}/{id}/");

        Assert.Equal("2023-05-30/index.html", urls.IssuePath(Date));
        Assert.Equal("2023-05-30/issue.json", urls.IssueJsonPath(Date));
        Assert.Equal("/repo/2023-05-30/", urls.Issue(Date));
        Assert.Equal("/repo/2023-05-30/07/", urls.Page(Date, 7));
        Assert.Equal("2023/0530/07-12/index.html", urls.ArticlePath(Date, 7, 12));
        Assert.Equal("/repo/2023/0530/07-12/", urls.Article(Date, 7, 12));
        Assert.Equal("/repo/2023/0530/07-12/article.txt", urls.ArticleText(Date, 7, 12));
    }

    [Fact]
    public void A_pattern_url_leads_back_to_its_output_path()
    {
        var urls = ProjectSite("{yyyy}-{mm}-{dd}.html", "{yyyy}-{mm}-{dd}/p{page}.html", "{yyyy}-{mm}-{dd}/{page}-{order}.html");

        Assert.Equal(urls.ArticlePath(Date, 3, 4), urls.ToOutputPath(urls.Absolute(urls.ArticlePath(Date, 3, 4))));
        Assert.Equal(urls.IssuePath(Date), urls.ToOutputPath(urls.Issue(Date) + "#top"));
    }

    [Fact]
    public void Fixed_addresses_do_not_follow_the_patterns()
    {
        var urls = ProjectSite("{yyyy}-{mm}-{dd}.html", "{yyyy}-{mm}-{dd}/p{page}.html", "{yyyy}-{mm}-{dd}/{page}-{order}.html");

        Assert.Equal("/repo/archive/2023/05/", urls.ArchiveMonth(2023, 5));
        Assert.Equal("/repo/search/", urls.Search());
        Assert.Equal("/repo/404.html", urls.NotFound());
    }
}
