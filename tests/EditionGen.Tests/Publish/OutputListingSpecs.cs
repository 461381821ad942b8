using EditionGen.Publish;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish;

/// <summary>The output folder read once: its files with their lengths and times, its folders, and any link in it.</summary>
public sealed class OutputListingSpecs : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_listing_gives_each_file_its_length_and_time_and_names_every_folder()
    {
        _temp.Write("site-output/index.html", "<p>首页</p>");
        _temp.Write("site-output/2023/05/30/index.html", "<p>五月三十日</p>");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_temp["site-output/index.html"], written);

        var listing = OutputListing.Read(_temp.Combine("site-output"));

        Assert.True(listing.Complete);
        Assert.False(listing.HoldsLink);
        Assert.Equal(["2023/05/30/index.html", "index.html"], listing.Files.Order(StringComparer.Ordinal));
        Assert.Equal(["2023", "2023/05", "2023/05/30"], listing.Folders.Order(StringComparer.Ordinal));
        Assert.Equal((new FileInfo(_temp["site-output/index.html"]).Length, written.Ticks), listing.Stamp("index.html"));
        Assert.Null(listing.Stamp("2023/05/31/index.html"));
    }

    [Fact]
    public void A_repository_at_the_top_of_the_output_is_left_out()
    {
        _temp.Write("site-output/index.html", "<p>首页</p>");
        _temp.Write("site-output/.git/HEAD", "ref: refs/heads/gh-pages");

        var listing = OutputListing.Read(_temp.Combine("site-output"));

        Assert.Equal(["index.html"], listing.Files);
        Assert.Empty(listing.Folders);
    }

    [Fact]
    public void A_symbolic_link_anywhere_in_the_output_is_noticed_and_not_followed()
    {
        _temp.Write("elsewhere/secret.txt", "不属于网站");
        _temp.Write("site-output/index.html", "<p>首页</p>");
        Directory.CreateSymbolicLink(_temp.Combine("site-output/linked"), _temp.Combine("elsewhere"));

        var listing = OutputListing.Read(_temp.Combine("site-output"));

        Assert.True(listing.HoldsLink);
        Assert.DoesNotContain("linked/secret.txt", listing.Files);
    }

    [Fact]
    public void An_output_that_does_not_exist_lists_nothing()
    {
        var listing = OutputListing.Read(_temp.Combine("site-output"));

        Assert.True(listing.Complete);
        Assert.Empty(listing.Files);
        Assert.Empty(listing.Folders);
    }
}
