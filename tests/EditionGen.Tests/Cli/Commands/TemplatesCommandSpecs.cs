using EditionGen.Render;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Cli.Commands;

public sealed class TemplatesCommandSpecs : IDisposable
{
    private readonly TempDir _parent = new();
    private readonly string _root;

    public TemplatesCommandSpecs()
    {
        _root = Path.Combine(_parent.Path, "edition");
        Assert.Equal(0, CliRun.Of("new", _root).ExitCode);
    }

    public void Dispose() => _parent.Dispose();

    private string Template(string name) => Path.Combine(_root, "templates", name.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void I_can_eject_one_partial_edit_it_and_the_build_uses_it_while_the_rest_stays_built_in()
    {
        var run = CliRun.Of("templates", "eject", "partials/footer.html", "--root", _root);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Copied templates/partials/footer.html", run.Out);
        Assert.Equal(BuiltInTheme.Read("partials/footer.html"), File.ReadAllBytes(Template("partials/footer.html")));
        Assert.False(File.Exists(Template("partials/header.html")));

        File.WriteAllText(Template("partials/footer.html"), "<footer class=\"site-footer\"><p>本地页脚</p></footer>\n");
        var build = CliRun.Of("build", "--root", _root, "--no-search");

        Assert.True(build.ExitCode == 0, build.Error);
        var home = File.ReadAllText(Path.Combine(_root, "site-output", "index.html"));
        Assert.Contains("<p>本地页脚</p>", home);
        Assert.Contains("class=\"site-header\"", home);
    }

    [Fact]
    public void Ejecting_without_names_copies_the_whole_built_in_theme()
    {
        var run = CliRun.Of("templates", "eject", "--root", _root);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("layouts/article.html", BuiltInTheme.Names);
        foreach (var name in BuiltInTheme.Names)
        {
            Assert.Equal(BuiltInTheme.Read(name), File.ReadAllBytes(Template(name)));
            Assert.Contains($"Copied templates/{name}\n", run.Out.ReplaceLineEndings("\n"));
        }
        Assert.Contains($"Ejected {BuiltInTheme.Names.Count} file(s)", run.Out);
    }

    [Fact]
    public void A_folder_name_ejects_every_file_in_it()
    {
        var run = CliRun.Of("templates", "eject", "partials", "--root", _root);

        Assert.True(run.ExitCode == 0, run.Error);
        var partials = BuiltInTheme.Names.Where(n => n.StartsWith("partials/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(partials);
        Assert.All(partials, name => Assert.True(File.Exists(Template(name)), name));
        Assert.False(Directory.Exists(Template("layouts")));
    }

    [Fact]
    public void An_existing_file_is_not_overwritten_unless_forced()
    {
        Assert.Equal(0, CliRun.Of("templates", "eject", "partials/", "--root", _root).ExitCode);
        File.WriteAllText(Template("partials/footer.html"), "<footer>mine</footer>\n");
        File.Delete(Template("partials/header.html"));

        var refused = CliRun.Of("templates", "eject", "partials/", "--root", _root);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("templates/partials/footer.html", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.Equal("<footer>mine</footer>\n", File.ReadAllText(Template("partials/footer.html")));
        Assert.False(File.Exists(Template("partials/header.html")));

        var forced = CliRun.Of("templates", "eject", "partials/footer.html", "--root", _root, "--force");

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Contains("Replaced templates/partials/footer.html", forced.Out);
        Assert.Equal(BuiltInTheme.Read("partials/footer.html"), File.ReadAllBytes(Template("partials/footer.html")));
    }

    [Fact]
    public void An_unknown_name_is_a_usage_error_that_lists_the_available_names()
    {
        var run = CliRun.Of("templates", "eject", "layouts/artikel.html", "--root", _root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'layouts/artikel.html'", run.Error);
        Assert.Contains("layouts/article.html", run.Error);
        Assert.Contains("partials/", run.Error);
        Assert.False(Directory.Exists(Template("layouts")));
    }

    [Fact]
    public void A_folder_without_edition_yml_is_refused()
    {
        var run = CliRun.Of("templates", "eject", "--root", _parent.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("edition.yml", run.Error);
        Assert.False(Directory.Exists(Path.Combine(_parent.Path, "templates")));
    }
}
