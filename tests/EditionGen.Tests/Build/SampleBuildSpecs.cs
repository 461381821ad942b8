using AngleSharp.Html.Parser;
using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

public sealed class SampleBuildSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--root", _edition.Root, .. extra]);

    private static IReadOnlyList<string> LinksOf(string htmlFile)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(htmlFile));
        return document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
    }

    [Fact]
    public void I_can_build_the_sample_and_the_home_page_links_to_every_article()
    {
        var run = Build();

        Assert.True(run.ExitCode == 0, run.Error);
        var articles = Directory.EnumerateFiles(_edition.PathOf("content/2023/05/30"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "_index")
            .ToList();
        Assert.Equal(7, articles.Count);

        var home = Path.Combine(_edition.Output, "index.html");
        var linked = LinksOf(home)
            .Select(href => new Uri(new Uri("http://edition.test/"), href).AbsolutePath)
            .ToHashSet();
        foreach (var id in articles)
        {
            var (page, order) = (id![..2], id[3..]);
            var url = $"/2023/05/30/{page}/{order}/";
            Assert.Contains(url, linked);
            Assert.True(File.Exists(Path.Combine(_edition.Output, "2023", "05", "30", page, order, "index.html")), url);
        }
    }

    [Fact]
    public void Building_twice_gives_byte_identical_output_whatever_the_job_count()
    {
        Assert.Equal(0, Build("--jobs", "1").ExitCode);
        var first = FolderSnapshot.Of(_edition.Output);

        Assert.Equal(0, Build("--jobs", "4").ExitCode);
        var second = FolderSnapshot.Of(_edition.Output);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
    }

    [Fact]
    public void An_html_error_injected_into_a_template_fails_the_build_with_a_located_message_and_keeps_the_previous_site()
    {
        Assert.Equal(0, Build().ExitCode);
        var before = FolderSnapshot.Of(_edition.Output);
        _edition.Write(FooterPartial, "<footer><p>页脚</footer></div></span>\n");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"site-output/[^(]+\.html\(\d+,\d+\): error EG0401: ", run.Error);
        AssertUnchanged(before);
    }

    [Fact]
    public void A_broken_internal_link_injected_into_a_template_fails_the_build_and_keeps_the_previous_site()
    {
        Assert.Equal(0, Build().ExitCode);
        var before = FolderSnapshot.Of(_edition.Output);
        _edition.Write(FooterPartial, "<footer><a href=\"{{ site.base_path }}no/such/page/\">不存在</a></footer>\n");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"site-output/[^(]+\.html\(\d+,\d+\): error EG0402: .*no/such/page", run.Error);
        AssertUnchanged(before);
    }

    [Fact]
    public void A_bad_seed_is_reported_while_the_good_seed_of_the_same_run_still_reaches_content()
    {
        File.WriteAllBytes(_edition.PathOf("seeds/broken.txt"), [0x32, 0x00, 0x30, 0xff, 0xfe, 0x00]);

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"seeds/broken\.txt(\(\d+,\d+\))?: error EG0102: ", run.Error);
        Assert.True(File.Exists(_edition.PathOf("content/2023/05/30/_index.md")));
        Assert.False(Directory.Exists(_edition.Output));
    }

    private const string FooterPartial = "templates/partials/footer.html";

    private void AssertUnchanged(SortedDictionary<string, byte[]> before)
    {
        var after = FolderSnapshot.Of(_edition.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Empty(Directory.EnumerateDirectories(_edition.Root, ".site-output*"));
    }
}
