namespace EditionGen.Tests.Render;

public class PageKindSpecs
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleSite.Content()));

    [Fact]
    public void The_sample_edition_renders_without_diagnostics()
    {
        Assert.Empty(Site.Value.Diagnostics);
        Assert.Equal(Site.Value.Plan.Paths, Site.Value.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_issue_page_shows_the_masthead()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/index.html"));

        var masthead = page.One(".masthead").Text();
        Assert.Contains("阿勒泰报", masthead);
        Assert.Contains("2023年5月30日 星期二", masthead);
        Assert.Contains("农历四月十二", masthead);
        Assert.Contains("总第10246期", masthead);
        Assert.Contains("今日4版", masthead);
    }

    [Fact]
    public void The_page_navigation_shows_every_page_and_links_only_those_with_articles()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/index.html"));

        var items = page.QuerySelectorAll(".page-nav li").ToList();
        Assert.Equal(["第01版要闻", "第02版综合新闻", "第03版", "第04版副刊"], items.Select(i => i.Text()));
        Assert.Equal(
            ["/altay/2023/05/30/01/", "/altay/2023/05/30/02/", null, "/altay/2023/05/30/04/"],
            items.Select(i => i.QuerySelector("a")?.GetAttribute("href")));
    }

    [Fact]
    public void An_issue_page_lists_each_page_with_kicker_title_and_subtitle_linked()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/index.html"));

        var first = page.One("#article-01-01");
        Assert.Equal("聚焦旅游旺季", first.One(".kicker").Text());
        Assert.Equal("确保游客进得来、留得住、玩得好", first.One(".subtitle").Text());
        var link = first.One("h3 a");
        Assert.Equal("阿勒泰地区召开文旅产业发展推进会", link.Text());
        Assert.Equal("/altay/2023/05/30/01/01/", link.GetAttribute("href"));
        Assert.Equal(
            ["第01版要闻", "第02版综合新闻", "第03版", "第04版副刊"],
            page.QuerySelectorAll(".issue-page h2").Select(h => h.Text()));
    }

    [Fact]
    public void A_page_view_lists_its_articles_in_order_with_the_previous_and_next_page()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/02/index.html"));

        Assert.Equal("第02版综合新闻", page.One("h1").Text());
        Assert.Equal(
            ["（上接第01版）推进会要求强化安全监管", "福海县乌伦古湖渔业生产稳步恢复"],
            page.QuerySelectorAll(".teasers h2").Select(h => h.Text()));
        Assert.Equal("/altay/2023/05/30/01/", page.One(".pager a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/altay/2023/05/30/04/", page.One(".pager a[rel=next]").GetAttribute("href"));
        Assert.Equal("page", page.One(".page-nav a[href='/altay/2023/05/30/02/']").GetAttribute("aria-current"));
    }

    [Fact]
    public void An_article_page_shows_every_part_of_the_article()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        Assert.Equal("聚焦旅游旺季", page.One(".article .kicker").Text());
        Assert.Equal("阿勒泰地区召开文旅产业发展推进会", page.One("h1").Text());
        Assert.Equal("确保游客进得来、留得住、玩得好", page.One(".article .subtitle").Text());
        Assert.Equal("要闻", page.One(".column").Text());
        Assert.Equal("记者 张晓明 李娜", page.One(".byline").Text());
        Assert.Equal("本报阿勒泰5月29日讯", page.One(".dateline").Text());
        Assert.StartsWith("5月29日，地区召开文旅产业发展推进会", page.One(".article-body p").Text());
        Assert.Equal(["2023年5月30日", "第01版", "阿勒泰地区召开文旅产业发展推进会"], page.QuerySelectorAll(".breadcrumb li").Select(l => l.Text()));
        Assert.Equal("/altay/2023/05/30/01/02/", page.One(".pager a[rel=next]").GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public void Continued_to_links_to_that_page_of_the_issue()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        var continued = page.One(".continued-to");
        Assert.Equal("（下转第02版）", continued.Text());
        Assert.Equal("/altay/2023/05/30/02/", continued.One("a").GetAttribute("href"));
    }

    [Fact]
    public void Continued_to_an_empty_page_is_plain_text()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/02/index.html"));

        var continued = page.One(".continued-to");
        Assert.Equal("（下转第03版）", continued.Text());
        Assert.Null(continued.QuerySelector("a"));
    }

    [Fact]
    public void Continued_from_links_back_and_the_previous_article_crosses_pages()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/02/01/index.html"));

        Assert.Equal("/altay/2023/05/30/01/", page.One(".continued-from a").GetAttribute("href"));
        Assert.Equal("/altay/2023/05/30/01/02/", page.One(".pager a[rel=prev]").GetAttribute("href"));
    }

    [Fact]
    public void The_home_page_shows_the_front_page_of_the_latest_issue_and_links_to_the_archive()
    {
        var page = Html.Parse(Site.Value.Text("index.html"));

        Assert.Contains("2023年6月1日 星期四", page.One(".masthead").Text());
        Assert.Equal(["“六一”国际儿童节：孩子们欢度节日"], page.QuerySelectorAll(".front-page h3").Select(h => h.Text()));
        Assert.NotNull(page.QuerySelector(".more a[href='/altay/archive/']"));
        Assert.Equal("/altay/2023/05/30/", page.One(".issue-pager a[rel=prev]").GetAttribute("href"));
    }

    [Fact]
    public void An_archive_month_links_the_days_with_an_issue_and_shows_their_numbers()
    {
        var page = Html.Parse(Site.Value.Text("archive/2023/05/index.html"));

        var linked = page.QuerySelectorAll(".calendar td.has-issue a").ToList();
        Assert.Equal(["/altay/2023/05/29/", "/altay/2023/05/30/"], linked.Select(a => a.GetAttribute("href")));
        Assert.Equal(["2910245期", "3010246期"], linked.Select(a => a.Text().Replace(" ", "")));
        var plainDays = page.QuerySelectorAll(".calendar td:not(.has-issue) .day").Select(d => d.Text()).ToList();
        Assert.Contains("31", plainDays);
        Assert.Equal(29, plainDays.Count);
    }

    [Fact]
    public void An_archive_year_shows_twelve_months_with_weeks_starting_on_monday()
    {
        var page = Html.Parse(Site.Value.Text("archive/2023/index.html"));

        Assert.Equal(12, page.QuerySelectorAll("table.calendar").Length);
        // 1 January 2023 was a Sunday: six empty cells precede it.
        var firstWeek = page.QuerySelectorAll("table.calendar")[0].QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td");
        Assert.Equal(["", "", "", "", "", "", "1"], firstWeek.Select(td => td.Text()));
        Assert.Equal(
            ["/altay/archive/2023/05/", "/altay/archive/2023/06/"],
            page.QuerySelectorAll("caption a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_archive_index_lists_years_and_months_with_issues()
    {
        var page = Html.Parse(Site.Value.Text("archive/index.html"));

        Assert.Equal("往期回顾", page.One("h1").Text());
        Assert.Equal(
            ["/altay/archive/2023/", "/altay/archive/2023/05/", "/altay/archive/2023/06/"],
            page.QuerySelectorAll(".archive-years a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_not_found_page_leads_back_home()
    {
        var page = Html.Parse(Site.Value.Text("404.html"));

        Assert.Equal("页面未找到", page.One("h1").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/altay/']"));
    }

    [Fact]
    public void Feed_sitemap_and_robots_use_absolute_urls()
    {
        var feed = Site.Value.Text("feed.xml");
        var sitemap = Site.Value.Text("sitemap-2023.xml");

        Assert.Contains("<id>https://example.github.io/altay/2023/06/01/01/01/</id>", feed);
        Assert.Contains("<updated>2023-06-01T00:00:00+08:00</updated>", feed);
        Assert.Contains("<loc>https://example.github.io/altay/2023/05/30/04/01/</loc>", sitemap);
        Assert.Contains("Sitemap: https://example.github.io/altay/sitemap.xml", Site.Value.Text("robots.txt"));
    }

    [Fact]
    public void An_article_carries_news_article_data_and_open_graph_tags()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        var data = page.One("script[type='application/ld+json']").TextContent;
        Assert.Contains("\"@type\":\"NewsArticle\"", data);
        Assert.Contains("\"headline\":\"阿勒泰地区召开文旅产业发展推进会\"", data);
        Assert.Equal("article", page.One("meta[property='og:type']").GetAttribute("content"));
    }

    [Fact]
    public void Each_issue_has_a_json_file_with_its_pages_and_articles()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Site.Value.Text("2023/05/30/issue.json"));

        var root = json.RootElement;
        Assert.Equal("2023-05-30", root.GetProperty("date").GetString());
        Assert.Equal(10246, root.GetProperty("issue_number").GetInt32());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(4, pages.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, pages[2].GetProperty("url").ValueKind);
        var first = pages[0].GetProperty("articles")[0];
        Assert.Equal("阿勒泰地区召开文旅产业发展推进会", first.GetProperty("title").GetString());
        Assert.Equal(2, first.GetProperty("continued_to").GetInt32());
        Assert.Equal("/altay/2023/05/30/01/01/", first.GetProperty("url").GetString());
    }
}
