using EditionGen.Diagnostics;
using EditionGen.Tests.Publish;
using EditionGen.Tests.Support;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class DirectoryCheckerSpecs
{
    [Fact]
    public void A_built_folder_on_disk_is_checked_with_paths_shown_under_the_folder()
    {
        using var temp = new TempDir();
        var site = temp.Combine("site-output");
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(site).FullName, ".nojekyll"), "");
        temp.Write("site-output/index.html", HtmlPages.With("<a href=\"2023/05/30/\">最新</a><a href=\"2023/05/30/#a9\">缺</a><a href=\".nojekyll\">x</a>"));
        temp.Write("site-output/2023/05/30/index.html", HtmlPages.With("<h2 id=\"a1\">新闻</h2><img src=\"../../../assets/p.jpg\" alt=\"图\">"));
        temp.Write("site-output/sitemap.xml", "<urlset><url><loc>https://x.example/repo/2023/05/30/</loc></url></urlset>");
        var diagnostics = new DiagnosticBag();

        DirectoryChecker.Check(site, "https://x.example/repo/", diagnostics);

        Assert.Equal(
            [
                ($"{site}/2023/05/30/index.html", 9, 20, DiagnosticCodes.AssetMissing),
                ($"{site}/index.html", 9, 29, DiagnosticCodes.AnchorBroken),
            ],
            diagnostics.Sorted().Select(d => (d.Location.Path, d.Location.Line, d.Location.Column, d.Code)));
    }

    [Fact]
    public void A_repository_inside_the_folder_is_neither_checked_nor_a_page_of_the_site()
    {
        using var temp = new TempDir();
        var site = temp.Combine("site-output");
        temp.Write("site-output/index.html", HtmlPages.With("<a href=\".git/description.html\">仓库</a>"));
        temp.Write("site-output/.git/description.html", "<p>not a page");
        var diagnostics = new DiagnosticBag();

        DirectoryChecker.Check(site, "/", diagnostics);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(($"{site}/index.html", DiagnosticCodes.LinkBroken), (finding.Location.Path, finding.Code));
    }

    [Fact]
    public void A_missing_folder_is_reported_not_thrown()
    {
        using var temp = new TempDir();
        var diagnostics = new DiagnosticBag();

        DirectoryChecker.Check(temp.Combine("nowhere"), "/", diagnostics);

        Assert.Equal(DiagnosticCodes.SiteFolderMissing, Assert.Single(diagnostics).Code);
    }
}
