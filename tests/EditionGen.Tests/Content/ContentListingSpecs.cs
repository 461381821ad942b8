using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>One walk of <c>content/</c> gives every file with its length and time; the content stage reads what it lists.</summary>
public class ContentListingSpecs
{
    private static TempDir SampleSite()
    {
        var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        return site;
    }

    [Fact]
    public void Every_file_below_content_is_listed_with_its_length_and_time_and_hidden_ones_are_marked()
    {
        using var site = SampleSite();
        site.Write("content/2023/05/30/.draft.md", "草稿");
        site.Write("content/.git/config", "[core]");
        site.Write("content/2023/05/30/notes.txt", "备注");

        var listing = ContentListing.Read(site["content"]);

        Assert.True(listing.Complete);
        var front = Assert.Single(listing.Files, f => f.FullPath == site["content/2023/05/30/01-01.md"]);
        Assert.Equal(new FileStamp(new FileInfo(front.FullPath).Length, new FileInfo(front.FullPath).LastWriteTimeUtc.Ticks), front.Stamp);
        Assert.False(front.Hidden);
        Assert.True(Assert.Single(listing.Files, f => f.FullPath == site["content/2023/05/30/.draft.md"]).Hidden);
        Assert.True(Assert.Single(listing.Files, f => f.FullPath == site["content/.git/config"]).Hidden);
        Assert.False(Assert.Single(listing.Files, f => f.FullPath == site["content/2023/05/30/notes.txt"]).Hidden);
        Assert.Equal(Directory.GetFiles(site["content"], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal), listing.Files.Select(f => f.FullPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Content_read_from_the_listing_is_the_content_read_by_its_own_walk()
    {
        using var site = SampleSite();
        site.Write("content/2023/05/30/.draft.md", "---\npage: 9\n---\n");
        site.Write("content/.hidden/2023/05/31/_index.md", "---\ndate: 2023-05-31\n---\n");
        var alone = new DiagnosticBag();
        var listed = new DiagnosticBag();

        var own = ContentReader.Read(site["content"], alone);
        var fromListing = ContentReader.Read(site["content"], listed, listing: ContentListing.Read(site["content"]));

        Assert.Equal(own.Issues.Select(i => (i.SourcePath, i.Articles.Count)), fromListing.Issues.Select(i => (i.SourcePath, i.Articles.Count)));
        Assert.Equal(alone.Sorted(), listed.Sorted());
    }

    [Fact]
    public void A_missing_content_folder_lists_as_complete_and_empty()
    {
        using var site = new TempDir();

        var listing = ContentListing.Read(site["content"]);

        Assert.True(listing.Complete);
        Assert.Empty(listing.Files);
    }
}
