using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Render;

public class UiStringsSpecs
{
    [Fact]
    public void An_english_site_gets_english_dates_labels_and_interface()
    {
        var config = SampleSite.Config() with { Language = "en" };

        var rendered = RenderedSite.Of(SampleSite.Content(), config);

        Assert.Empty(rendered.Diagnostics);
        var page = Html.Parse(rendered.Text("2023/05/30/index.html"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("May 30, 2023 Tuesday", page.One(".masthead").Text());
        Assert.Contains("No. 10246", page.One(".masthead").Text());
        Assert.Equal("Page 01要闻", page.One(".page-nav li").Text());
        Assert.Equal("Skip to content", page.One(".skip-link").Text());
        var article = Html.Parse(rendered.Text("2023/05/30/01/01/index.html"));
        Assert.Equal("(Continued on Page 02)", article.One(".continued-to").Text());
    }

    [Fact]
    public void A_site_overrides_one_string_and_keeps_the_others()
    {
        using var site = new TempDir();
        site.Write("templates/strings/zh-CN.txt", "# 本报的说法\narchive: 过刊浏览\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Empty(rendered.Diagnostics);
        var page = Html.Parse(rendered.Text("archive/index.html"));
        Assert.Equal("过刊浏览", page.One("h1").Text());
        Assert.Equal("跳到正文", page.One(".skip-link").Text());
        Assert.StartsWith("过刊浏览", page.Title);
    }

    [Fact]
    public void A_malformed_strings_line_is_a_located_warning()
    {
        using var site = new TempDir();
        site.Write("templates/strings/zh-CN.txt", "archive: 过刊浏览\n这一行没有键\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var warning = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.StringsInvalid, warning.Code);
        Assert.Equal(new SourceLocation("templates/strings/zh-CN.txt", 2, 1), warning.Location);
    }

    [Fact]
    public void Templates_cannot_change_the_shared_strings()
    {
        using var site = new TempDir();
        site.Write("templates/partials/footer.html", "{{ t.home = '改' }}");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Contains(rendered.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRuntime);
        Assert.DoesNotContain(rendered.Files, f => f.Text.Contains(">改<", StringComparison.Ordinal));
    }
}
