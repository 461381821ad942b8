using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Render;

public class ThemeSpecs
{
    [Fact]
    public void The_default_theme_is_embedded_under_forward_slash_names()
    {
        var names = typeof(EditionGen.Render.SiteRenderer).Assembly.GetManifestResourceNames();

        Assert.Contains("theme/layouts/article.html", names);
        Assert.Contains("theme/partials/head.html", names);
        Assert.Contains("theme/assets/site.css", names);
        Assert.DoesNotContain(names, n => n.Contains('\\'));
        Assert.DoesNotContain("theme/README.md", names);
    }

    [Fact]
    public void A_site_overrides_one_partial_and_keeps_the_rest_of_the_built_in_theme()
    {
        using var site = new TempDir();
        site.Write("templates/partials/footer.html", "<footer class=\"own-footer\"><p>{{ site.title | html.escape }} 版权所有</p></footer>\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Empty(rendered.Diagnostics);
        var page = Html.Parse(rendered.Text("2023/05/30/index.html"));
        Assert.Equal("阿勒泰报 版权所有", page.One("footer.own-footer").Text());
        Assert.Null(page.QuerySelector("footer.site-footer"));
        Assert.NotNull(page.QuerySelector(".masthead"));
        Assert.Equal("templates/layouts/404.html".Replace("templates/", "<built-in>/"), rendered.ByPath["404.html"].Origin);
    }

    [Fact]
    public void A_site_overrides_a_layout_and_an_asset()
    {
        using var site = new TempDir();
        site.Write("templates/layouts/404.html", "{{ capture content }}<h1>走丢了</h1>{{ end }}{{ include 'layouts/base.html' }}");
        site.Write("templates/assets/site.css", "body { color: red; }\n");
        site.Write("templates/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        site.Write("templates/assets/.DS_Store", "");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Empty(rendered.Diagnostics);
        Assert.Equal("templates/layouts/404.html", rendered.ByPath["404.html"].Origin);
        Assert.Equal("走丢了", Html.Parse(rendered.Text("404.html")).One("h1").Text());
        Assert.Equal("body { color: red; }\n", rendered.Text("assets/site.css"));
        Assert.Contains("assets/logo.svg", rendered.Plan.Paths);
        Assert.DoesNotContain("assets/.DS_Store", rendered.Plan.Paths);
    }

    [Fact]
    public void An_include_that_climbs_out_of_the_templates_folder_is_refused_with_its_location()
    {
        using var site = new TempDir();
        site.Write("secret.txt", "password");
        site.Write("templates/partials/footer.html", "<footer>\n  {{ include '../secret.txt' }}\n</footer>\n");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = rendered.Diagnostics.First();
        Assert.Equal(DiagnosticCodes.TemplateOutsideRoot, error.Code);
        Assert.Equal(new SourceLocation("templates/partials/footer.html", 2, 6), error.Location);
        Assert.DoesNotContain(rendered.Files, f => f.Text.Contains("password", StringComparison.Ordinal));
        Assert.DoesNotContain("index.html", rendered.ByPath.Keys);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../secret.txt")]
    [InlineData("C:\\\\secret.txt")]
    public void Absolute_and_parent_paths_are_refused(string name)
    {
        using var site = new TempDir();
        site.Write("templates/partials/footer.html", $"{{{{ include '{name}' }}}}");

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.All(rendered.Diagnostics, d => Assert.Equal(DiagnosticCodes.TemplateOutsideRoot, d.Code));
        Assert.NotEmpty(rendered.Diagnostics);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_templates_folder_is_refused()
    {
        using var site = new TempDir();
        var outside = site.Write("outside/footer.html", "<footer>outside</footer>");
        Directory.CreateDirectory(Path.Combine(site.Path, "templates", "partials"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "templates", "partials", "footer.html"), outside);

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Contains(rendered.Diagnostics, d => d.Code == DiagnosticCodes.TemplateOutsideRoot
            && d.Location.Path == "<built-in>/layouts/base.html" && d.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered.Files, f => f.Text.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void An_asset_linked_from_outside_the_templates_folder_is_refused_and_not_copied()
    {
        using var site = new TempDir();
        var outside = site.Write("private/notes.txt", "private notes");
        Directory.CreateDirectory(Path.Combine(site.Path, "templates", "assets"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "templates", "assets", "notes.txt"), outside);

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateOutsideRoot, error.Code);
        Assert.DoesNotContain("assets/notes.txt", rendered.ByPath.Keys);
    }

    [Fact]
    public void A_symbolic_link_inside_the_templates_folder_is_followed()
    {
        using var site = new TempDir();
        var shared = site.Write("templates/shared/footer.html", "<footer class=\"linked\">linked</footer>");
        Directory.CreateDirectory(Path.Combine(site.Path, "templates", "partials"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "templates", "partials", "footer.html"), shared);

        var rendered = RenderedSite.Of(SampleSite.Content(), siteRoot: site.Path);

        Assert.Empty(rendered.Diagnostics);
        Assert.NotNull(Html.Parse(rendered.Text("index.html")).QuerySelector("footer.linked"));
    }
}
