using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using EditionGen.Tests.Cli;

namespace EditionGen.Tests.Build;

/// <summary>The built sample as a reader, a feed reader and a search engine see it, on a GitHub project site.</summary>
public sealed class PublishedSampleSpecs : IClassFixture<PublishedSampleSpecs.ProjectSite>
{
    private const string BaseUrl = "https://owner.github.io/repo/";
    private readonly ProjectSite _site;

    public PublishedSampleSpecs(ProjectSite site) => _site = site;

    [Fact]
    public void Every_internal_link_and_asset_of_every_page_stays_under_the_project_path()
    {
        var parser = new HtmlParser();
        var escaping = new List<string>();
        foreach (var page in _site.Files("*.html"))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var pageUrl = new Uri(new Uri(BaseUrl), Path.GetRelativePath(_site.Output, page).Replace('\\', '/'));
            foreach (var value in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                var target = new Uri(pageUrl, value);
                if (target.Host != pageUrl.Host || target.Scheme is not ("http" or "https")) continue;
                if (!target.AbsolutePath.StartsWith("/repo/", StringComparison.Ordinal)) escaping.Add($"{page}: {value}");
            }
        }

        Assert.Empty(escaping);
    }

    [Fact]
    public void The_feed_and_the_sitemaps_are_xml_and_point_only_at_existing_pages_under_the_project_url()
    {
        var urls = new List<string>();
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        urls.AddRange(XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Descendants(atom + "link").Select(l => (string)l.Attribute("href")!));
        foreach (var sitemap in _site.Files("sitemap*.xml"))
        {
            urls.AddRange(XDocument.Load(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value));
        }

        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.StartsWith(BaseUrl, url);
            var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath["/repo/".Length..]);
            var file = Path.Combine(_site.Output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path);
            Assert.True(File.Exists(file), url);
        });
    }

    [Fact]
    public void A_feed_entry_names_each_author_of_its_article()
    {
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var entry = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Descendants(atom + "entry")
            .Single(e => (string?)e.Element(atom + "title") == "天山南北奏响高质量发展“变奏曲”");

        var authors = entry.Elements(atom + "author").Select(a => (string?)a.Element(atom + "name")).ToList();

        Assert.Equal(["徐新星", "吴泽思"], authors);
    }

    [Fact]
    public void Each_article_page_carries_news_article_data_whose_headline_is_its_title()
    {
        var parser = new HtmlParser();
        var articles = _site.Files("index.html").Where(f => Path.GetRelativePath(_site.Output, f).Split(Path.DirectorySeparatorChar).Length == 6).ToList();
        Assert.Equal(7, articles.Count);

        foreach (var file in articles)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            using var data = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
            var root = data.RootElement;
            Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
            Assert.Equal(document.QuerySelector("h1")!.TextContent.Trim(), root.GetProperty("headline").GetString());
            Assert.EndsWith("+08:00", root.GetProperty("datePublished").GetString());
        }
    }

    /// <summary>The sample built once for all these specs with a project site's base URL.</summary>
    public sealed class ProjectSite : IDisposable
    {
        private readonly SampleEdition _edition = SampleEdition.Create();

        public ProjectSite()
        {
            var run = CliRun.Of("build", "--root", _edition.Root, "--no-search", "--base-url", BaseUrl);
            if (run.ExitCode != 0) throw new InvalidOperationException(run.Error);
        }

        public string Output => _edition.Output;

        public IReadOnlyList<string> Files(string pattern) =>
            Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        public void Dispose() => _edition.Dispose();
    }
}
