using System.Text.Json;
using EditionGen.Content;
using EditionGen.Model;

namespace EditionGen.Tests.Render;

/// <summary>What a printed article carries besides its headline and body: a summary, credits and a signature; and a page's running heads.</summary>
public class PrintedExtrasSpecs
{
    private const string LetterPage = "2023/05/30/04/02/index.html";

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleSite.Content()));

    [Fact]
    public void The_summary_is_a_deck_under_the_headline_a_line_each()
    {
        var page = Html.Parse(Site.Value.Text(LetterPage));

        var header = page.One(".article-header");
        Assert.Equal(["■ 一位退休教师的牵挂", "■ 盼望孩子们读好书、走远路"], header.QuerySelectorAll(".summary p").Select(p => p.TextContent));
        Assert.Same(header.One("h1"), header.One(".summary").PreviousElementSibling);
    }

    [Fact]
    public void The_signature_follows_the_body_and_the_credits_close_the_article()
    {
        var page = Html.Parse(Site.Value.Text(LetterPage));

        var signature = page.One(".article-body + .signature");
        Assert.Equal(["一位退休教师 陈秀兰", "2023年5月26日"], Lines(signature));
        var credits = page.One("article > .credits");
        Assert.Null(credits.NextElementSibling);
        Assert.Equal(["古丽米拉摄", "制图：王磊"], Lines(credits));
    }

    [Fact]
    public void An_article_without_them_has_no_empty_deck_signature_or_credits()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        Assert.Empty(page.QuerySelectorAll(".summary, .signature, .credits"));
    }

    [Fact]
    public void A_teaser_shows_the_first_line_of_the_summary()
    {
        foreach (var path in new[] { "2023/05/30/index.html", "2023/05/30/04/index.html" })
        {
            var teaser = Html.Parse(Site.Value.Text(path)).One("#article-04-02");

            Assert.Equal(["■ 一位退休教师的牵挂"], teaser.QuerySelectorAll(".teaser-summary").Select(p => p.TextContent));
        }
    }

    [Fact]
    public void A_column_read_from_a_title_tag_is_listed_and_linked_like_any_column()
    {
        var column = Html.Parse(Site.Value.Text("columns/读者来信/index.html"));
        var article = Html.Parse(Site.Value.Text(LetterPage));

        Assert.Equal("/altay/2023/05/30/04/02/", column.One(".name-articles a").GetAttribute("href"));
        Assert.Equal("/altay/columns/%E8%AF%BB%E8%80%85%E6%9D%A5%E4%BF%A1/", article.One(".article-meta .column a").GetAttribute("href"));
        Assert.Equal("写给草原学校孩子们的一封信", article.One("h1").TextContent);
    }

    [Fact]
    public void The_plain_text_has_the_summary_before_the_body_and_the_signature_and_credits_after_it()
    {
        var text = Site.Value.Text("2023/05/30/04/02/article.txt");

        Assert.Equal(
            "写给草原学校孩子们的一封信\n\n"
            + "■ 一位退休教师的牵挂\n■ 盼望孩子们读好书、走远路\n\n"
            + "亲爱的孩子们：听说你们的学校有了新的图书室，我真为你们高兴。\n（写给草原学校孩子们的一封信）相关工作将持续推进。\n\n"
            + "一位退休教师 陈秀兰\n2023年5月26日\n\n"
            + "古丽米拉摄\n制图：王磊\n\n"
            + "阿勒泰报，2023年5月30日，第04版，《写给草原学校孩子们的一封信》，https://example.github.io/altay/2023/05/30/04/02/\n",
            text);
    }

    [Fact]
    public void The_news_article_description_is_the_summary_without_its_squares_and_issue_json_carries_the_summary()
    {
        var page = Html.Parse(Site.Value.Text(LetterPage));
        using var data = JsonDocument.Parse(page.One("script[type='application/ld+json']").TextContent);
        using var issue = JsonDocument.Parse(Site.Value.Text("2023/05/30/issue.json"));

        Assert.Equal("一位退休教师的牵挂 盼望孩子们读好书、走远路", data.RootElement.GetProperty("description").GetString());
        var letter = issue.RootElement.GetProperty("pages")[3].GetProperty("articles")[1];
        Assert.Equal(["■ 一位退休教师的牵挂", "■ 盼望孩子们读好书、走远路"], letter.GetProperty("summary").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, issue.RootElement.GetProperty("pages")[0].GetProperty("articles")[0].GetProperty("summary").GetArrayLength());
    }

    [Fact]
    public void Markup_and_template_code_in_the_printed_lines_are_shown_as_text()
    {
        const string tricky = "<script>alert(1)</script> {{ 1 + 1 }} &amp;";
        var rendered = RenderedSite.Of(WithLetter(letter => letter with { Summary = [tricky], Credits = [tricky], Signature = [tricky] }));

        Assert.Empty(rendered.Diagnostics);
        var html = rendered.Text(LetterPage);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var page = Html.Parse(html);
        foreach (var selector in new[] { ".summary p", ".signature", ".credits" })
            Assert.Equal(tricky, page.One(selector).TextContent);
        Assert.Equal(tricky, Html.Parse(rendered.Text("2023/05/30/index.html")).One("#article-04-02 .teaser-summary").TextContent);
        Assert.DoesNotContain("</script>alert", page.One("script[type='application/ld+json']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_printed_lines_from_a_hand_edit_show_nothing()
    {
        var rendered = RenderedSite.Of(WithLetter(letter => letter with { Summary = ["", "  "], Credits = ["\u3000"], Signature = ["陈秀兰", ""] }));

        var page = Html.Parse(rendered.Text(LetterPage));

        Assert.Empty(page.QuerySelectorAll(".summary, .credits, .teaser-summary"));
        Assert.Equal("陈秀兰", page.One(".signature").InnerHtml);
    }

    [Fact]
    public void Running_heads_are_page_furniture_and_appear_on_no_page()
    {
        const string head = "第04版·特刊页眉";
        var content = SampleSite.Content();
        var issue = content.Issues[1];
        var pages = issue.Issue.Pages.Select(p => p with { RunningHeads = [head, "2023年5月30日 星期二"] }).ToList();
        var rendered = RenderedSite.Of(new SiteContent([content.Issues[0], issue with { Issue = issue.Issue with { Pages = pages } }, content.Issues[2]]));

        Assert.Empty(rendered.Diagnostics);
        Assert.All(rendered.Files, file => Assert.DoesNotContain(head, file.Text, StringComparison.Ordinal));
    }

    private static SiteContent WithLetter(Func<Article, Article> change)
    {
        var content = SampleSite.Content();
        var issue = content.Issues[1];
        var articles = issue.Articles.Select(a => a.Article.Id == "04-02" ? a with { Article = change(a.Article) } : a).ToList();
        return new SiteContent([content.Issues[0], issue with { Articles = articles }, content.Issues[2]]);
    }

    private static string[] Lines(AngleSharp.Dom.IElement element) =>
        element.InnerHtml.Split("<br>");
}
