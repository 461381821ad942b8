using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Tests.Support;
using EditionGen.Tests.Validate;
using EditionGen.Validate;

namespace EditionGen.Tests.Publish;

public class PublishedSiteSpecs
{
    [Fact]
    public void A_site_validated_while_streaming_and_then_committed_passes_the_check_of_the_built_folder()
    {
        using var temp = new TempDir();
        var output = temp.Combine("site-output");
        var config = new EditionConfig { BaseUrl = "https://news.example.org/repo/", Cname = "news.example.org" };
        SiteFile[] pages =
        [
            SiteFile.FromText("index.html", HtmlPages.With("<h1>阿勒泰报</h1><a href=\"2023/05/30/#a1\">最新</a>")),
            SiteFile.FromText("2023/05/30/index.html", HtmlPages.With("<h1>第1版</h1><h2 id=\"a1\">新闻</h2><a href=\"/repo/\">首页</a>")),
            SiteFile.FromText("sitemap.xml", "<urlset><url><loc>https://news.example.org/repo/2023/05/30/</loc></url></urlset>"),
        ];
        var files = pages.Concat(GithubPagesFiles.For(config)).ToList();
        var validator = new SiteValidator(ValidationOptions.FromBaseUrl(config.BaseUrl, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal)));
        var whileBuilding = new DiagnosticBag();

        using (var staged = StagedOutput.Begin(output))
        {
            Parallel.ForEach(files, file =>
            {
                whileBuilding.AddRange(validator.Check(file));
                staged.Write(file);
            });
            whileBuilding.AddRange(validator.Complete());
            staged.Commit();
        }

        var afterwards = new DiagnosticBag();
        DirectoryChecker.Check(output, config.BaseUrl, afterwards);
        Assert.Empty(whileBuilding);
        Assert.Empty(afterwards);
        Assert.Equal([".nojekyll", "2023/05/30/index.html", "CNAME", "index.html", "sitemap.xml"], FolderSnapshot.Of(output).Keys);
    }
}
