using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Render;

public class TemplateErrorSpecs
{
    [Fact]
    public void An_unknown_variable_is_a_located_error_and_that_page_is_not_produced()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/article.html", "{{ capture content }}\n<h1>{{ article.title | html.escape }}</h1>\n<p>{{ artcle.byline }}</p>\n{{ end }}{{ include 'layouts/base.html' }}");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var errors = rendered.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(9, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.TemplateRuntime, e.Code));
        Assert.StartsWith("templates/layouts/article.html(3,7): error EG0302: ", errors[0].ToString());
        Assert.Contains("artcle", errors[0].Message);
        Assert.DoesNotContain(rendered.ByPath.Keys, p => p.Count(c => c == '/') == 5 && p.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("2023/05/30/01/index.html", rendered.ByPath.Keys);
    }

    [Fact]
    public void A_parse_error_is_reported_once_with_its_position()
    {
        using var site = new TempDir();
        site.Write("templates/partials/footer.html", "<footer>\n<p>{{ if site.title }}</p>\n</footer>\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateParse, error.Code);
        Assert.Equal("templates/partials/footer.html", error.Location.Path);
        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
        Assert.DoesNotContain(rendered.Files, f => f.IsHtml);
        Assert.Contains("feed.xml", rendered.ByPath.Keys);
    }

    [Fact]
    public void A_parse_error_in_a_layout_names_the_layout_line_and_column()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/404.html", "<h1>\n  {{ 1 + }}\n</h1>\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateParse, error.Code);
        Assert.Equal("templates/layouts/404.html", error.Location.Path);
        Assert.Equal(2, error.Location.Line);
        Assert.DoesNotContain("404.html", rendered.ByPath.Keys);
        Assert.Contains("index.html", rendered.ByPath.Keys);
    }

    [Fact]
    public void A_missing_partial_is_a_located_error()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/404.html", "{{ capture content }}<h1>404</h1>\n{{ include 'partials/sidebar.html' }}{{ end }}{{ include 'layouts/base.html' }}");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal("templates/layouts/404.html(2,4): error EG0303: the template 'partials/sidebar.html' was not found in templates/ nor in the built-in theme; check its name or add templates/partials/sidebar.html.", error.ToString());
        Assert.DoesNotContain("404.html", rendered.ByPath.Keys);
    }

    [Fact]
    public void A_runaway_loop_is_stopped_by_the_loop_limit()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/404.html", "{{ while true }}x{{ end }}");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(new SourceLocation("templates/layouts/404.html", 1, 4), error.Location);
    }

    [Fact]
    public void Pages_stream_one_at_a_time()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/article.html", "{{ no_such_variable }}");
        var plan = new EditionGen.Render.SiteRenderer(SampleSite.Config(), site.Path).Plan(SampleSite.Content());
        var diagnostics = new DiagnosticBag();

        var first = plan.Render(diagnostics).First(f => f.Path == "index.html");

        Assert.Equal("index.html", first.Path);
        Assert.Empty(diagnostics);
    }
}
