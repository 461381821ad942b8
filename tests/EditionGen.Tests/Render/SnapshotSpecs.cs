namespace EditionGen.Tests.Render;

/// <summary>One approved page of each kind; a change to the default theme shows up here as a readable diff.</summary>
public class SnapshotSpecs
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleSite.Content()));

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("issue", "2023/05/30/index.html")]
    [InlineData("page", "2023/05/30/02/index.html")]
    [InlineData("article", "2023/05/30/01/01/index.html")]
    [InlineData("letter", "2023/05/30/04/02/index.html")]
    [InlineData("archive", "archive/index.html")]
    [InlineData("archive-month", "archive/2023/05/index.html")]
    [InlineData("not-found", "404.html")]
    [InlineData("authors", "authors/index.html")]
    [InlineData("author", "authors/张晓明/index.html")]
    [InlineData("columns", "columns/index.html")]
    [InlineData("column", "columns/要闻/index.html")]
    public void Each_page_kind_matches_its_approved_snapshot(string name, string path)
    {
        HtmlSnapshot.Match(Site.Value.Text(path), name);
    }
}
