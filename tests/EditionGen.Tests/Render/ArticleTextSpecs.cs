namespace EditionGen.Tests.Render;

public class ArticleTextSpecs
{
    [Fact]
    public void An_article_page_shows_how_to_cite_it_with_its_absolute_permalink()
    {
        var rendered = RenderedSite.Of(SampleSite.Content());

        var page = Html.Parse(rendered.Text("2023/05/30/01/01/index.html"));

        var cite = page.One("p.cite");
        Assert.Equal("引用本文：", cite.QuerySelector(".cite-label")!.TextContent);
        Assert.EndsWith(
            "阿勒泰报，2023年5月30日，第01版，《阿勒泰地区召开文旅产业发展推进会》，https://example.github.io/altay/2023/05/30/01/01/",
            cite.TextContent);
    }

    [Fact]
    public void Without_a_host_in_base_url_the_citation_uses_the_site_url()
    {
        var rendered = RenderedSite.Of(SampleSite.Content(), SampleSite.Config("/altay/"));

        var cite = Html.Parse(rendered.Text("2023/05/30/01/01/index.html")).One("p.cite");

        Assert.EndsWith("，/altay/2023/05/30/01/01/", cite.TextContent);
    }

    [Fact]
    public void The_plain_text_version_is_written_beside_the_page_linked_and_planned()
    {
        var rendered = RenderedSite.Of(SampleSite.Content());

        var link = Html.Parse(rendered.Text("2023/05/30/01/01/index.html")).One("p.plain-text a");

        Assert.Equal("/altay/2023/05/30/01/01/article.txt", link.GetAttribute("href"));
        Assert.Equal("纯文本版", link.TextContent);
        Assert.True(rendered.Plan.Contains("2023/05/30/01/01/article.txt"));
        Assert.Equal("2023/05/30/01/01/article.txt", rendered.Plan.Urls.ToOutputPath(link.GetAttribute("href")!));
        Assert.All(rendered.Plan.Paths.Where(p => p.EndsWith(".txt", StringComparison.Ordinal) && p != "robots.txt"), p => Assert.Contains(p, rendered.ByPath.Keys));
    }

    [Fact]
    public void The_plain_text_holds_the_headings_the_body_and_the_citation_in_utf8_with_lf()
    {
        var rendered = RenderedSite.Of(SampleSite.Content());

        var file = rendered.ByPath["2023/05/30/01/01/article.txt"];

        Assert.Equal(
            "聚焦旅游旺季\n阿勒泰地区召开文旅产业发展推进会\n确保游客进得来、留得住、玩得好\n记者 张晓明 李娜\n本报阿勒泰5月29日讯\n\n"
            + "5月29日，地区召开文旅产业发展推进会，安排部署旅游旺季各项工作。会议要求，各县市要抓住夏季旅游旺季机遇，持续提升服务质量，"
            + "加强景区基础设施建设，完善交通、住宿、餐饮等配套服务，积极推出特色旅游线路和文创产品，让广大游客在阿勒泰感受大美风光、体验民俗风情。\n"
            + "（阿勒泰地区召开文旅产业发展推进会）相关工作将持续推进。\n\n"
            + "阿勒泰报，2023年5月30日，第01版，《阿勒泰地区召开文旅产业发展推进会》，https://example.github.io/altay/2023/05/30/01/01/\n",
            file.Text);
        Assert.DoesNotContain((byte)'\r', file.Bytes);
        Assert.NotEqual(0xEF, file.Bytes[0]);
    }

    [Fact]
    public void Markup_in_a_title_stays_text_in_the_citation()
    {
        var rendered = RenderedSite.Of(SampleSite.Content(firstTitle: "<b>大会</b>"));

        var text = rendered.Text("2023/05/30/01/01/index.html");

        Assert.Contains("《&lt;b&gt;大会&lt;/b&gt;》", text);
        Assert.StartsWith("聚焦旅游旺季\n<b>大会</b>\n", rendered.Text("2023/05/30/01/01/article.txt"));
    }
}
