using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class LinkCheckSpecs
{
    private const string PagePath = "2023/05/30/index.html";

    private static readonly HashSet<string> Site = new(StringComparer.Ordinal)
    {
        "index.html",
        "2023/05/30/index.html",
        "2023/05/30/page-1.html",
        "2023/05/31/index.html",
        "assets/site.css",
        "assets/site.js",
        "assets/logo.png",
        "feed.xml",
    };

    private static SiteValidator Validator(string basePath = "/", string? host = null) =>
        new(new ValidationOptions { KnownPaths = Site, BasePath = basePath, SiteHost = host });

    private static IReadOnlyList<Diagnostic> CheckBody(string body, string basePath = "/", string? host = null)
    {
        var validator = Validator(basePath, host);
        return [.. validator.Check(SiteFile.FromText(PagePath, HtmlPages.With(body))), .. validator.Complete()];
    }

    [Theory]
    [InlineData("page-1.html")]
    [InlineData("./page-1.html")]
    [InlineData("../31/")]
    [InlineData("../31")]
    [InlineData("../../../")]
    [InlineData("/2023/05/31/index.html")]
    [InlineData("page-1.html?from=nav")]
    [InlineData("../31/?q=%E6%96%B0#top")]
    public void Links_to_pages_the_site_contains_pass(string href)
    {
        Assert.Empty(CheckBody($"<a href=\"{href}\">往期</a>"));
    }

    [Theory]
    [InlineData("https://example.com/2023/05/31/missing.html")]
    [InlineData("//cdn.example.com/x.js")]
    [InlineData("mailto:news@example.com")]
    [InlineData("tel:+86-906-1234567")]
    [InlineData("data:text/plain,hello")]
    [InlineData("javascript:void(0)")]
    public void External_links_are_not_checked(string href)
    {
        Assert.Empty(CheckBody($"<a href=\"{href}\">外链</a>"));
    }

    [Fact]
    public void A_relative_link_to_a_missing_page_is_an_error_naming_the_resolved_path()
    {
        var finding = Assert.Single(CheckBody("<a href=\"page-9.html\">第九版</a>"));

        Assert.Equal((DiagnosticCodes.LinkBroken, DiagnosticSeverity.Error), (finding.Code, finding.Severity));
        Assert.Equal(new SourceLocation("site-output/2023/05/30/index.html", 9, 1), finding.Location);
        Assert.Contains("2023/05/30/page-9.html", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_link_without_its_index_is_broken()
    {
        var finding = Assert.Single(CheckBody("<a href=\"../29/\">前一期</a>"));

        Assert.Equal(DiagnosticCodes.LinkBroken, finding.Code);
        Assert.Contains("2023/05/29/index.html", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absolute_link_to_the_sites_own_host_is_checked_like_a_local_one()
    {
        var findings = CheckBody(
            """
            <a href="https://news.example.org/repo/2023/05/31/">后一期</a>
            <a href="https://NEWS.example.org/repo/2023/05/32/">不存在</a>
            """,
            basePath: "/repo/",
            host: "news.example.org");

        var finding = Assert.Single(findings);
        Assert.Equal((DiagnosticCodes.LinkBroken, 10), (finding.Code, finding.Location.Line));
    }

    [Fact]
    public void A_root_absolute_link_that_leaves_the_base_path_is_an_error()
    {
        var findings = CheckBody(
            """
            <a href="/repo/2023/05/31/">后一期</a>
            <a href="/2023/05/31/">后一期</a>
            <link rel="stylesheet" href="/assets/site.css">
            """,
            basePath: "/repo/");

        Assert.Equal([(DiagnosticCodes.LinkOutsideBase, 10), (DiagnosticCodes.LinkOutsideBase, 11)], findings.Select(d => (d.Code, d.Location.Line)));
        Assert.Contains("/repo/", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_that_climbs_above_the_site_is_an_error()
    {
        var finding = Assert.Single(CheckBody("<a href=\"../../../../index.html\">上级</a>"));

        Assert.Equal(DiagnosticCodes.LinkOutsideBase, finding.Code);
    }

    [Fact]
    public void Missing_stylesheets_images_and_scripts_are_missing_assets()
    {
        var findings = CheckBody("""
            <link rel="stylesheet" href="../../../assets/print.css">
            <img src="../../../assets/photo.jpg" alt="照片">
            <script src="/assets/app.js"></script>
            <img src="../../../assets/logo.png" srcset="../../../assets/logo-2x.png 2x" alt="标志">
            <link rel="stylesheet" href="/assets/site.css"><script src="/assets/site.js"></script>
            <img src="" alt="空">
            """);

        Assert.Equal(
            [(DiagnosticCodes.AssetMissing, 9), (DiagnosticCodes.AssetMissing, 10), (DiagnosticCodes.AssetMissing, 11), (DiagnosticCodes.AssetMissing, 12), (DiagnosticCodes.AssetMissing, 14)],
            findings.Select(d => (d.Code, d.Location.Line)));
        Assert.All(findings, d => Assert.True(d.IsError));
    }

    [Fact]
    public void A_fragment_missing_on_the_same_page_is_an_error()
    {
        var findings = CheckBody("""
            <h2 id="a1">新闻</h2>
            <a href="#a1">新闻</a>
            <a href="#a2">评论</a>
            <a href="index.html#a2">评论</a>
            """);

        Assert.Equal([(DiagnosticCodes.AnchorBroken, 11), (DiagnosticCodes.AnchorBroken, 12)], findings.Select(d => (d.Code, d.Location.Line)));
    }

    [Fact]
    public void A_fragment_on_another_page_is_resolved_once_every_page_was_seen()
    {
        var validator = Validator();
        var linking = SiteFile.FromText(PagePath, HtmlPages.With("""
            <a href="page-1.html#%E5%A4%B4%E6%9D%A1">头条</a>
            <a href="page-1.html#a9">不存在</a>
            """));
        var target = SiteFile.FromText("2023/05/30/page-1.html", HtmlPages.With("<h2 id=\"头条\">头条</h2>"));

        var whileStreaming = validator.Check(linking).Concat(validator.Check(target)).ToList();
        var atTheEnd = validator.Complete();

        Assert.Empty(whileStreaming);
        var finding = Assert.Single(atTheEnd);
        Assert.Equal((DiagnosticCodes.AnchorBroken, 10), (finding.Code, finding.Location.Line));
        Assert.Contains("a9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_resolve_against_the_base_element_when_the_page_has_one()
    {
        var validator = Validator(basePath: "/repo/");
        var page = SiteFile.FromText("index.html", HtmlPages.With("""
            <a href="page-1.html">第1版</a>
            <a href="page-2.html">第2版</a>
            <a href="#a1">头条</a>
            """, head: HtmlPages.Head + "<base href=\"/repo/2023/05/30/\">"));
        var target = SiteFile.FromText("2023/05/30/index.html", HtmlPages.With("<h2 id=\"a2\">头条</h2>"));

        var findings = validator.Check(page).Concat(validator.Check(target)).Concat(validator.Complete()).ToList();

        Assert.Equal([(DiagnosticCodes.LinkBroken, 10), (DiagnosticCodes.AnchorBroken, 11)], findings.Select(d => (d.Code, d.Location.Line)));
        Assert.Contains("2023/05/30/page-2.html", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_under_a_base_on_another_host_are_not_checked()
    {
        var head = HtmlPages.Head + "<base href=\"https://cdn.example.com/\">";
        var page = SiteFile.FromText(PagePath, HtmlPages.With("<a href=\"missing.html\">外链</a><a href=\"#nowhere\">外链</a><a href=\"/gone.html\">站内</a>", head));

        var finding = Assert.Single(Validator().Check(page));

        Assert.Equal(DiagnosticCodes.LinkBroken, finding.Code);
        Assert.Contains("gone.html", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_checked_in_parallel_give_the_same_sorted_findings_as_one_by_one()
    {
        var files = Enumerable.Range(1, 40)
            .Select(i => SiteFile.FromText($"2023/05/{i:00}/index.html", HtmlPages.With($"<a href=\"../{i + 1:00}/#a{i}\">后一期</a><h2 id=\"a{i}\">x</h2>")))
            .ToList();
        var known = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        List<Diagnostic> Run(bool parallel)
        {
            var validator = new SiteValidator(new ValidationOptions { KnownPaths = known });
            var bag = new DiagnosticBag();
            if (parallel)
            {
                Parallel.ForEach(files.AsEnumerable().Reverse(), file => bag.AddRange(validator.Check(file)));
            }
            else
            {
                files.ForEach(file => bag.AddRange(validator.Check(file)));
            }

            return [.. bag.Sorted(), .. validator.Complete()];
        }

        var oneByOne = Run(parallel: false);
        var inParallel = Run(parallel: true);

        Assert.Equal(40, oneByOne.Count);
        Assert.Equal(39, oneByOne.Count(d => d.Code == DiagnosticCodes.AnchorBroken));
        Assert.Equal(oneByOne, inParallel);
    }
}
