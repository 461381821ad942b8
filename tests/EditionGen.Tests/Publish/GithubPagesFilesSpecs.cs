using EditionGen.Configuration;
using EditionGen.Publish;

namespace EditionGen.Tests.Publish;

public class GithubPagesFilesSpecs
{
    [Fact]
    public void Without_a_custom_domain_only_nojekyll_is_written()
    {
        var files = GithubPagesFiles.For(new EditionConfig()).ToList();

        var nojekyll = Assert.Single(files);
        Assert.Equal(".nojekyll", nojekyll.Path);
        Assert.Empty(nojekyll.Bytes);
    }

    [Theory]
    [InlineData("news.example.org")]
    [InlineData("  news.example.org \n")]
    [InlineData("https://news.example.org/")]
    public void A_custom_domain_is_written_to_cname_as_a_bare_host(string cname)
    {
        var files = GithubPagesFiles.For(new EditionConfig { Cname = cname }).ToDictionary(f => f.Path, f => f.Text);

        Assert.Equal(["", "news.example.org\n"], [files[".nojekyll"], files["CNAME"]]);
    }
}
