namespace EditionGen.Tests.Render;

public class OutputSpecs
{
    [Fact]
    public void Content_is_data_so_markup_and_template_code_in_a_title_appear_escaped_and_unevaluated()
    {
        const string title = "<script>alert(1)</script> {{ 1 + 1 }}";

        var rendered = RenderedSite.Of(SampleSite.Content(firstTitle: title));

        Assert.Empty(rendered.Diagnostics);
        foreach (var path in new[] { "2023/05/30/01/01/index.html", "2023/05/30/index.html", "2023/05/30/01/index.html", "2023/05/30/01/02/index.html" })
        {
            var text = rendered.Text(path);
            Assert.DoesNotContain("<script>alert", text);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ 1 + 1 }}", text);
            Assert.DoesNotContain("</script> 2", text);
        }
        var article = Html.Parse(rendered.Text("2023/05/30/01/01/index.html"));
        Assert.Equal(title, article.One("h1").TextContent);
        Assert.Empty(article.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.DoesNotContain("</script>alert", article.One("script[type='application/ld+json']").TextContent);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;", rendered.Text("feed.xml"));
    }

    [Fact]
    public void The_body_html_is_inserted_as_markup()
    {
        var rendered = RenderedSite.Of(SampleSite.Content());

        var article = Html.Parse(rendered.Text("2023/05/29/01/01/index.html"));

        Assert.Equal(2, article.QuerySelectorAll(".article-body > p").Length);
    }

    [Fact]
    public void A_very_long_article_is_rendered_whole()
    {
        var content = SampleSite.Content();
        var issue = content.Issues[0];
        var longBody = "<p>" + string.Concat(Enumerable.Repeat("草原上的牧民正在转场。", 150_000)) + "</p><p>全文完</p>";
        var articles = issue.Articles.Select((a, i) => i == 0 ? a with { Body = EditionGen.Content.ArticleBodySource.FromBody(new EditionGen.Content.ArticleBody(longBody, "全文完", [])) } : a).ToList();
        var longer = new EditionGen.Content.SiteContent([issue with { Articles = articles }]);

        var rendered = RenderedSite.Of(longer);

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains("<p>全文完</p>", rendered.Text("2023/05/29/01/01/index.html"));
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = RenderedSite.Of(SampleSite.Content());
        var second = RenderedSite.Of(SampleSite.Content());

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var file in first.Files)
            Assert.True(file.Bytes.AsSpan().SequenceEqual(second.ByPath[file.Path].Bytes), $"{file.Path} differs between runs");
    }

    [Fact]
    public void Two_issues_of_one_day_are_reported_and_the_first_is_kept()
    {
        var content = SampleSite.Content();
        var copy = content.Issues[1] with { SourcePath = "content/2023/05/30/copy/_index.md" };
        var doubled = new EditionGen.Content.SiteContent([.. content.Issues, copy]);

        var rendered = RenderedSite.Of(doubled);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(EditionGen.Diagnostics.DiagnosticCodes.OutputPathDuplicate, error.Code);
        Assert.Equal("content/2023/05/30/copy/_index.md", error.Location.Path);
        Assert.Single(rendered.Files, f => f.Path == "2023/05/30/index.html");
    }

    [Fact]
    public void An_empty_edition_still_has_a_home_an_archive_and_a_not_found_page()
    {
        var rendered = RenderedSite.Of(new EditionGen.Content.SiteContent([]));

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains("还没有发布任何一期", rendered.Text("index.html"));
        Assert.Contains("archive/index.html", rendered.ByPath.Keys);
        Assert.Contains("404.html", rendered.ByPath.Keys);
    }
}
