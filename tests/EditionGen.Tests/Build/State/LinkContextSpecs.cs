using EditionGen.Build.State;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Tests.Build.State;

/// <summary>
/// A file's kept check holds while the site's base and paths are the same, and after paths were only added unless the
/// check found an address missing; a path removed, another base or a last build that knew paths it did not publish
/// (a shard) keeps no check.
/// </summary>
public sealed class LinkContextSpecs
{
    private const string Base = "/";
    private const string Output = "site-output";

    private static readonly string[] LastPaths = ["2023/05/30/index.html", "index.html", "style.css"];

    private static BuildState LastBuild(IReadOnlyList<string> published, IReadOnlyList<string> known) =>
        new(BuildState.CurrentVersion, "out", "inputs", Context(known),
            new Dictionary<string, ContentHash>(), new Dictionary<string, ContentParse>(), new Dictionary<string, LayoutDependencies>(),
            published.ToDictionary(p => p, p => Entry(p), StringComparer.Ordinal),
            new Dictionary<string, UnitEntry>(), [], 1, 1);

    private static OutputEntry Entry(string path, params string[] codes) =>
        new(path, "key", "hash", 10, 1, PageCheck.Empty with
        {
            Diagnostics = [.. codes.Select(code => Diagnostic.Error(code, new SourceLocation(path, 1, 1), "found"))],
        });

    private static string Context(IEnumerable<string> paths) => LinkContext.Of(Base, Output, paths.Order(StringComparer.Ordinal));

    private static LinkChange Compare(BuildState last, params string[] now) =>
        LinkContext.Compare(last, Context(now), Base, Output, now.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void The_same_paths_keep_every_check()
    {
        Assert.Equal(LinkChange.Same, Compare(LastBuild(LastPaths, LastPaths), LastPaths));
    }

    [Fact]
    public void Paths_only_added_are_a_grown_site()
    {
        Assert.Equal(LinkChange.Grown, Compare(LastBuild(LastPaths, LastPaths), [.. LastPaths, "2023/05/31/index.html"]));
    }

    [Fact]
    public void A_path_removed_keeps_no_check_even_with_others_added()
    {
        Assert.Equal(LinkChange.Other, Compare(LastBuild(LastPaths, LastPaths), "index.html", "style.css", "2023/05/31/index.html"));
    }

    [Fact]
    public void A_last_build_that_knew_paths_it_did_not_publish_keeps_no_check()
    {
        string[] known = [.. LastPaths, "2023/05/29/index.html"];

        Assert.Equal(LinkChange.Other, Compare(LastBuild(LastPaths, known), [.. known, "2023/05/31/index.html"]));
    }

    [Fact]
    public void Another_base_keeps_no_check()
    {
        var last = LastBuild(LastPaths, LastPaths);
        string[] now = [.. LastPaths, "2023/05/31/index.html"];

        var change = LinkContext.Compare(last, LinkContext.Of("/repo/", Output, now.Order(StringComparer.Ordinal)), "/repo/", Output, now.ToHashSet(StringComparer.Ordinal));

        Assert.Equal(LinkChange.Other, change);
    }

    [Fact]
    public void No_last_build_keeps_no_check()
    {
        Assert.Equal(LinkChange.Other, LinkContext.Compare(null, Context(LastPaths), Base, Output, LastPaths.ToHashSet(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData(DiagnosticCodes.LinkBroken, true)]
    [InlineData(DiagnosticCodes.AssetMissing, true)]
    [InlineData(DiagnosticCodes.FeedEntryBroken, true)]
    [InlineData(DiagnosticCodes.AnchorBroken, false)]
    [InlineData(DiagnosticCodes.LinkOutsideBase, false)]
    public void Only_a_check_that_found_an_address_missing_may_change_with_a_path_added(string code, bool mayChange)
    {
        Assert.Equal(mayChange, LinkContext.MayHaveMissed(Entry("index.html", code)));
        Assert.False(LinkContext.MayHaveMissed(Entry("index.html")));
    }
}
