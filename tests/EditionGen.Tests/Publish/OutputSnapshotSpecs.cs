using EditionGen.Publish;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish;

/// <summary>
/// The output as the last build left it, kept beside the state: while every folder has the time the snapshot gives it,
/// the output's listing is taken from the snapshot with a look at each folder and file, and anything else lists it whole.
/// </summary>
public sealed class OutputSnapshotSpecs : IDisposable
{
    private static readonly string[] Files = ["index.html", "2023/05/30/index.html", "2023/05/30/01/index.html", "2023/05/30/01/01/index.html", "feed.xml"];

    private readonly TempDir _temp = new();

    public OutputSnapshotSpecs()
    {
        foreach (var file in Files) _temp.Write("site-output/" + file, $"<p>{file}</p>");
    }

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site-output");

    private string State => _temp.Combine(".editiongen");

    /// <summary>Puts every folder of the output an hour back, as folders look long after the build that wrote them.</summary>
    private void AgeFolders()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var folder in Directory.EnumerateDirectories(Output, "*", SearchOption.AllDirectories).Prepend(Output))
        {
            Directory.SetLastWriteTimeUtc(folder, hourAgo);
        }
    }

    private OutputSnapshot Snapshot() => OutputSnapshot.Take(Output, Files) ?? throw new InvalidOperationException("no snapshot");

    private static void AssertSameListing(OutputListing expected, OutputListing actual)
    {
        Assert.Equal(expected.Files.Order(StringComparer.Ordinal), actual.Files.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Folders.Order(StringComparer.Ordinal), actual.Folders.Order(StringComparer.Ordinal));
        Assert.All(expected.Files, file => Assert.Equal(expected.Stamp(file), actual.Stamp(file)));
        Assert.All(expected.Folders, folder => Assert.Equal(expected.FolderTicks(folder), actual.FolderTicks(folder)));
        Assert.Equal(expected.HoldsLink, actual.HoldsLink);
    }

    [Fact]
    public void A_listing_confirmed_against_the_snapshot_is_the_listing_a_walk_of_the_folders_gives()
    {
        AgeFolders();
        var snapshot = Snapshot();

        var listing = OutputListing.Read(Output, snapshot);

        Assert.True(listing.FromSnapshot);
        Assert.All(snapshot.Folders.Values, folder => Assert.False(folder.Racy));
        AssertSameListing(OutputListing.Read(Output), listing);
    }

    [Fact]
    public void A_file_put_into_a_folder_after_the_snapshot_changes_the_folder_s_time_and_the_output_is_listed_whole()
    {
        AgeFolders();
        var snapshot = Snapshot();
        _temp.Write("site-output/2023/05/30/01/stray.html", "<p>别人放的</p>");

        var listing = OutputListing.Read(Output, snapshot);

        Assert.False(listing.FromSnapshot);
        Assert.Contains("2023/05/30/01/stray.html", listing.Files);
    }

    [Fact]
    public void A_link_put_into_the_output_after_the_snapshot_is_noticed()
    {
        AgeFolders();
        var snapshot = Snapshot();
        _temp.Write("elsewhere/secret.txt", "不属于网站");
        Directory.CreateSymbolicLink(_temp.Combine("site-output/2023/linked"), _temp.Combine("elsewhere"));

        var listing = OutputListing.Read(Output, snapshot);

        Assert.True(listing.HoldsLink);
        Assert.DoesNotContain("2023/linked/secret.txt", listing.Files);
    }

    [Fact]
    public void A_file_changed_in_place_after_the_snapshot_shows_its_new_length_and_time()
    {
        AgeFolders();
        var snapshot = Snapshot();
        var changed = _temp.Write("site-output/2023/05/30/index.html", "<p>改过的内容，长了一些</p>");
        File.SetLastWriteTimeUtc(changed, new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc));

        var listing = OutputListing.Read(Output, snapshot);

        Assert.True(listing.FromSnapshot);
        Assert.Equal((new FileInfo(changed).Length, new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc).Ticks), listing.Stamp("2023/05/30/index.html"));
    }

    [Fact]
    public void A_folder_written_just_before_the_snapshot_has_its_entries_read_even_when_its_time_is_the_same()
    {
        var snapshot = Snapshot();
        var folder = _temp.Combine("site-output/2023/05/30");
        var written = Directory.GetLastWriteTimeUtc(folder);
        Assert.True(snapshot.Folders["2023/05/30"].Racy);
        Assert.True(OutputListing.Read(Output, snapshot).FromSnapshot);

        // A second change within the same tick of the file system's clock leaves the folder's time as it was.
        _temp.Write("site-output/2023/05/30/stray.html", "<p>别人放的</p>");
        Directory.SetLastWriteTimeUtc(folder, written);
        var listing = OutputListing.Read(Output, snapshot);

        Assert.False(listing.FromSnapshot);
        Assert.Contains("2023/05/30/stray.html", listing.Files);
    }

    [Fact]
    public void A_snapshot_is_saved_and_loaded_whole_and_a_damaged_one_or_one_of_another_folder_is_not_loaded()
    {
        AgeFolders();
        var snapshot = Snapshot();
        snapshot.Save(State);

        var loaded = OutputSnapshot.Load(State, Output);
        Assert.NotNull(loaded);
        Assert.Equal(snapshot.Files, loaded.Files);
        Assert.Equal(snapshot.Folders.OrderBy(f => f.Key, StringComparer.Ordinal), loaded.Folders.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Null(OutputSnapshot.Load(State, _temp.Combine("other-output")));

        var file = Path.Combine(State, OutputSnapshot.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("F feed.xml", "F feed.xmm", StringComparison.Ordinal));
        Assert.Null(OutputSnapshot.Load(State, Output));

        OutputSnapshot.Forget(State);
        Assert.Null(OutputSnapshot.Load(State, Output));
    }
}
