using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Render;

/// <summary>Article bodies are read from their files while their pages are rendered, not kept from when content was read.</summary>
public class BodyLoadingSpecs
{
    private const string Article = "content/2023/05/30/01-01.md";
    private static readonly DateOnly Date = new(2023, 5, 30);

    private static TempDir SiteWithArticle(string body)
    {
        var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        site.Write(Article, "---\ntitle: \"标题\"\npage: 1\norder: 1\n---\n\n" + body);
        return site;
    }

    [Fact]
    public void An_article_page_shows_the_body_its_file_has_when_the_page_is_rendered()
    {
        using var site = SiteWithArticle("读取时的正文。\n");
        var content = ContentReader.Read(site["content"], new DiagnosticBag());
        site.Write(Article, "---\ntitle: \"标题\"\npage: 1\norder: 1\n---\n\n渲染时的**正文**。\n");

        var rendered = RenderedSite.Of(content);

        Assert.Empty(rendered.Diagnostics);
        var page = rendered.Text(rendered.Plan.Urls.ArticlePath(Date, 1, 1));
        Assert.Contains("<p>渲染时的<strong>正文</strong>。</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("读取时的正文", rendered.Text(rendered.Plan.Urls.ArticleTextPath(Date, 1, 1)), StringComparison.Ordinal);
        Assert.Contains("渲染时的正文。", rendered.Text(rendered.Plan.Urls.ArticleTextPath(Date, 1, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Teasers_use_the_excerpt_taken_when_the_content_was_read()
    {
        using var site = SiteWithArticle("读取时的正文。\n");
        var content = ContentReader.Read(site["content"], new DiagnosticBag());
        site.Write(Article, "---\ntitle: \"标题\"\npage: 1\norder: 1\n---\n\n渲染时的正文。\n");

        var rendered = RenderedSite.Of(content);

        Assert.Contains("读取时的正文。", rendered.Text(rendered.Plan.Urls.IssueJsonPath(Date)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_whose_file_is_gone_at_render_time_is_reported_at_the_file_and_the_rest_is_rendered()
    {
        using var site = SiteWithArticle("正文。\n");
        var content = ContentReader.Read(site["content"], new DiagnosticBag());
        File.Delete(site[Article]);

        var rendered = RenderedSite.Of(content);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentUnreadable, error.Code);
        Assert.Equal(Article, error.Location.Path);
        Assert.False(rendered.ByPath.ContainsKey(rendered.Plan.Urls.ArticlePath(Date, 1, 1)));
        Assert.False(rendered.ByPath.ContainsKey(rendered.Plan.Urls.ArticleTextPath(Date, 1, 1)));
        Assert.True(rendered.ByPath.ContainsKey(rendered.Plan.Urls.IssuePath(Date)));
    }
}
