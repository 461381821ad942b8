using EditionGen.Build;
using EditionGen.Build.State;
using EditionGen.Content;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build.State;

/// <summary>The fingerprint of a build's inputs covers every file under <c>content/</c>, from the content stage's listing or from a walk of its own.</summary>
public class InputFingerprintSpecs
{
    private static TempDir SampleSite()
    {
        var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        site.Write("edition.yml", "title: 测试报\n");
        site.Write("content/.git/config", "[core]");
        site.Write("content/2023/05/30/notes.txt", "备注");
        return site;
    }

    [Fact]
    public void The_fingerprint_from_the_content_listing_is_the_one_of_a_walk_of_its_own()
    {
        using var site = SampleSite();
        var paths = SitePaths.For(site.Path);

        var own = InputFingerprint.Compute(paths, "options", "settings", null, 2);
        var listed = InputFingerprint.Compute(paths, "options", "settings", null, 2, ContentListing.Read(paths.Content));

        Assert.Equal(own.Hash, listed.Hash);
        Assert.Equal(own.Content.Keys.Order(StringComparer.Ordinal), listed.Content.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("content/.git/config", listed.Content.Keys);
    }

    [Fact]
    public void A_hidden_file_under_content_changes_the_fingerprint()
    {
        using var site = SampleSite();
        var paths = SitePaths.For(site.Path);
        var before = InputFingerprint.Compute(paths, "options", "settings", null, 2, ContentListing.Read(paths.Content));

        site.Write("content/.git/config", "[core]\nbare = true");

        Assert.NotEqual(before.Hash, InputFingerprint.Compute(paths, "options", "settings", null, 2, ContentListing.Read(paths.Content)).Hash);
    }
}
