using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Tests.Render;

public class NameIndexSpecs
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleSite.WithBusyAuthor()));

    [Theory]
    [InlineData("张晓明", "张晓明")]
    [InlineData("阿依努尔·买买提", "阿依努尔·买买提")]
    [InlineData("2023年", "2023年")]
    public void A_name_of_caseless_letters_digits_and_middle_dots_is_its_own_slug(string name, string slug)
    {
        Assert.Equal(slug, NameSlug.Of(name));
    }

    [Theory]
    [InlineData("Anna Lee")]
    [InlineData("con")]
    [InlineData("张 晓明")]
    [InlineData("记者/张")]
    [InlineData("这是一个非常非常非常非常非常非常非常非常非常非常非常长的栏目名称之一")]
    public void Any_other_name_gets_a_short_stable_hash_slug(string name)
    {
        var slug = NameSlug.Of(name);

        Assert.Matches("^n-[0-9a-f]{12}$", slug);
        Assert.Equal(slug, NameSlug.Of(name));
    }

    [Fact]
    public void Names_that_differ_only_in_case_get_different_slugs()
    {
        Assert.NotEqual(NameSlug.Of("Anna"), NameSlug.Of("anna"));
    }

    [Fact]
    public void The_authors_index_lists_every_author_with_a_link_to_their_page()
    {
        var page = Html.Parse(Site.Value.Text("authors/index.html"));

        var links = page.QuerySelectorAll(".name-index a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("张晓明", "/altay/authors/%E5%BC%A0%E6%99%93%E6%98%8E/"), links);
        Assert.Contains(("Anna Lee", $"/altay/authors/{NameSlug.Of("Anna Lee")}/"), links);
        string[] authors = ["Anna Lee", "刘洋", "古丽米拉", "张晓明", "李娜", "赵强", "阿依努尔", "马建国", "王磊"];
        Assert.Equal(authors.Order(StringComparer.Ordinal), links.Select(l => l.TextContent));
        Assert.Equal("作者", page.One("h1").TextContent);
    }

    [Fact]
    public void An_author_page_lists_their_articles_newest_first_with_date_page_and_linked_title()
    {
        var page = Html.Parse(Site.Value.Text("authors/阿依努尔/index.html"));

        Assert.Equal("作者：阿依努尔", page.One("h1").TextContent);
        var items = page.QuerySelectorAll(".name-articles li");
        Assert.Equal(20, items.Length);
        Assert.Equal("2023年5月29日 第01版 全地区夏季牧业转场有序推进", items[0].TextContent);
        Assert.Equal("/altay/2023/05/29/01/01/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2023-05-29", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2023年5月1日 第01版 牧区见闻之1", items[1].TextContent);
        Assert.Equal("22篇", page.One(".name-count").TextContent);
    }

    [Fact]
    public void A_long_list_runs_onto_numbered_pages_with_stable_urls_twenty_articles_a_page()
    {
        var first = Html.Parse(Site.Value.Text("authors/阿依努尔/index.html"));
        var second = Html.Parse(Site.Value.Text("authors/阿依努尔/page/2/index.html"));

        Assert.Equal("/altay/authors/%E9%98%BF%E4%BE%9D%E5%8A%AA%E5%B0%94/page/2/", first.One(".pager-next a").GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager-previous"));
        Assert.Equal(2, second.QuerySelectorAll(".name-articles li").Length);
        Assert.Equal("/altay/authors/%E9%98%BF%E4%BE%9D%E5%8A%AA%E5%B0%94/", second.One(".pager-previous a").GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager-next"));
        Assert.Equal("作者：阿依努尔 · 第2页", second.One("h1").TextContent);
        Assert.DoesNotContain(Site.Value.Plan.Paths, p => p.StartsWith("authors/阿依努尔/page/3/", StringComparison.Ordinal));
    }

    [Fact]
    public void Columns_have_the_same_index_and_pages()
    {
        var index = Html.Parse(Site.Value.Text("columns/index.html"));
        var column = Html.Parse(Site.Value.Text("columns/额河岸边/index.html"));

        Assert.Equal(["Letters & <Notes>", "牧区", "综合新闻", "要闻", "读者来信", "额河岸边"], index.QuerySelectorAll(".name-index a").Select(a => a.TextContent));
        Assert.Equal("栏目：额河岸边", column.One("h1").TextContent);
        Assert.Equal("/altay/2023/05/30/04/01/", column.One(".name-articles a").GetAttribute("href"));
        Assert.Contains("Letters &amp; &lt;Notes&gt;", Site.Value.Text("columns/index.html"));
        var letter = Site.Value.Text("2023/05/01/03/08/index.html");
        Assert.Contains($"<a href=\"/altay/columns/{NameSlug.Of("Letters & <Notes>")}/\">Letters &amp; &lt;Notes&gt;</a>", letter);
        Assert.Contains($"<a href=\"/altay/authors/{NameSlug.Of("Anna Lee")}/\">Anna Lee</a>", letter);
    }

    [Fact]
    public void An_article_links_each_author_and_its_column_to_their_index_pages()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        var authors = page.QuerySelectorAll("p.authors a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("张晓明", "/altay/authors/%E5%BC%A0%E6%99%93%E6%98%8E/"), ("李娜", "/altay/authors/%E6%9D%8E%E5%A8%9C/")], authors);
        Assert.Equal("作者：张晓明、李娜", page.One("p.authors").TextContent);
        Assert.Equal("/altay/columns/%E8%A6%81%E9%97%BB/", page.One(".column a").GetAttribute("href"));
    }

    [Fact]
    public void The_header_and_footer_link_both_indexes()
    {
        var page = Html.Parse(Site.Value.Text("index.html"));

        Assert.Equal("/altay/authors/", page.One(".site-nav a[href='/altay/authors/']").GetAttribute("href"));
        Assert.NotNull(page.One(".site-footer a[href='/altay/columns/']"));
        Assert.Equal("page", Html.Parse(Site.Value.Text("authors/index.html")).One(".site-nav a[href='/altay/authors/']").GetAttribute("aria-current"));
    }

    [Fact]
    public void The_sitemap_lists_every_index_page_with_percent_encoded_names()
    {
        var sitemap = Site.Value.Text("sitemap-main.xml");

        Assert.Contains("<loc>https://example.github.io/altay/authors/</loc>", sitemap);
        Assert.Contains("<loc>https://example.github.io/altay/columns/%E8%A6%81%E9%97%BB/</loc>", sitemap);
        Assert.Contains("<loc>https://example.github.io/altay/authors/%E9%98%BF%E4%BE%9D%E5%8A%AA%E5%B0%94/page/2/</loc>", sitemap);
        Assert.DoesNotContain("张晓明", sitemap);
    }

    [Fact]
    public void Output_folders_keep_the_raw_name_and_every_link_of_the_site_validates()
    {
        var site = Site.Value;
        var options = ValidationOptions.FromBaseUrl("https://example.github.io/altay/", site.Plan.Paths.ToHashSet(StringComparer.Ordinal));
        var validator = new SiteValidator(options);

        var diagnostics = site.Files.SelectMany(validator.Check).Concat(validator.Complete()).ToList();

        Assert.Contains("authors/张晓明/index.html", site.ByPath.Keys);
        Assert.Contains("columns/额河岸边/index.html", site.ByPath.Keys);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.LinkBroken);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Empty(site.Diagnostics);
    }
}
