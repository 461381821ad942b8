using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Tests.Build;
using EditionGen.Tests.Ingest.Parsing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Render;

/// <summary>
/// Mutated templates, strings files and configurations, rendered in process with a seeded random: none may crash,
/// every error is located in the mutated file, and the pages that do not use it still come out.
/// </summary>
public sealed class ThemeFuzzSpecs
{
    private const int Templates = 600;
    private const int StringsFiles = 1500;
    private const int Configurations = 3000;
    private const int RenderedConfigurations = 40;

    private static readonly string ThemeFolder = Path.Combine(SampleEdition.RepositoryRoot, "templates");

    private static readonly string[] TemplateNames = Directory.EnumerateFiles(ThemeFolder, "*.html", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(ThemeFolder, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Mutated_templates_never_crash_the_renderer_and_every_error_is_located_in_the_template()
    {
        var mutator = new SeedMutator(4242);
        var content = SampleSite.Content();
        for (var i = 0; i < Templates; i++)
        {
            using var site = new TempDir();
            var name = TemplateNames[i % TemplateNames.Length];
            site.Write("templates/" + name, mutator.MutateLines(File.ReadAllText(Path.Combine(ThemeFolder, name)).ReplaceLineEndings("\n")));

            var rendered = RenderedSite.Of(content, siteRoot: site.Path);

            // A broken layout can make the layout it includes fail too (say, without the content it captures).
            Assert.All(rendered.Diagnostics, d => Assert.True(InTheme(d), d.ToString()));
            Assert.Contains("feed.xml", rendered.ByPath.Keys);
        }
    }

    [Fact]
    public void Mutated_strings_files_never_crash_and_every_finding_is_located_at_its_line()
    {
        var mutator = new SeedMutator(777);
        var strings = File.ReadAllText(Path.Combine(ThemeFolder, "strings", "zh-CN.txt")).ReplaceLineEndings("\n");
        var content = SampleSite.Content();
        for (var i = 0; i < StringsFiles; i++)
        {
            using var site = new TempDir();
            if (i % 10 == 0) File.WriteAllBytes(site.Write("templates/strings/zh-CN.txt", ""), mutator.MutateBytes(strings));
            else site.Write("templates/strings/zh-CN.txt", mutator.MutateLines(strings));
            var diagnostics = new DiagnosticBag();

            UiStrings.Load(new Theme(site.Path), "zh-CN", diagnostics);

            Assert.All(diagnostics, d => Assert.True(d.Location is { Path: "templates/strings/zh-CN.txt", Line: >= 1 }, d.ToString()));
            if (i % 100 == 0)
            {
                var rendered = RenderedSite.Of(content, siteRoot: site.Path);
                Assert.All(rendered.Diagnostics, d => Assert.True(InTheme(d), d.ToString()));
            }
        }
    }

    [Fact]
    public void Mutated_configurations_are_read_or_refused_at_a_place_in_the_file_and_the_ones_read_render()
    {
        var mutator = new SeedMutator(2023);
        var yaml = File.ReadAllText(Path.Combine(SampleEdition.RepositoryRoot, "edition.yml")).ReplaceLineEndings("\n")
            + "cname: news.example.org\nurls:\n  issue: \"{yyyy}/{mm}/{dd}/\"\n  article: \"{yyyy}-{mm}-{dd}/{page}-{order}.html\"\n";
        var read = new List<EditionConfig>();
        for (var i = 0; i < Configurations; i++)
        {
            var mutated = mutator.MutateLines(yaml);
            try
            {
                read.Add(EditionConfigLoader.Parse(mutated, "edition.yml"));
            }
            catch (InputException refused)
            {
                Assert.Equal("edition.yml", Assert.Single(refused.Diagnostics).Location.Path);
            }
        }

        Assert.NotEmpty(read);
        var content = SampleSite.Content();
        foreach (var config in read.Take(RenderedConfigurations))
        {
            var rendered = RenderedSite.Of(content, config);
            Assert.Contains(rendered.Files, f => f.IsHtml);
        }
    }

    private static bool InTheme(Diagnostic diagnostic) =>
        diagnostic.Location.Path.StartsWith("templates/", StringComparison.Ordinal)
        || diagnostic.Location.Path.StartsWith(Theme.BuiltInPrefix, StringComparison.Ordinal);
}
