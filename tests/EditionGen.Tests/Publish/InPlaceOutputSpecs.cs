using System.Text;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Publish;

/// <summary>An output updated in place, and what a build killed while it commits leaves for the next one.</summary>
public sealed class InPlaceOutputSpecs : IDisposable
{
    private readonly TempDir _temp = new();

    public InPlaceOutputSpecs()
    {
        _temp.Write("site-output/index.html", "<!DOCTYPE html><title>旧</title>");
        _temp.Write("site-output/2023/05/29/index.html", "<p>五月二十九日</p>");
        _temp.Write("site-output/assets/site.css", "body { margin: 0 }");
    }

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site-output");

    private string[] Leftovers() =>
        Directory.GetFileSystemEntries(_temp.Path, ".site-output.*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static Dictionary<string, string> Texts(SortedDictionary<string, byte[]> files) =>
        files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    private void Publish()
    {
        using var staged = StagedOutput.Begin(Output, inPlace: true);
        Assert.True(staged.InPlace);
        staged.Reuse("assets/site.css");
        staged.Write(SiteFile.FromText("index.html", "<!DOCTYPE html><title>新</title>"));
        staged.Write(SiteFile.FromText("2023/05/30/index.html", "<p>五月三十日</p>"));
        staged.Commit();
    }

    [Fact]
    public void A_commit_in_place_moves_the_new_files_in_keeps_the_unchanged_ones_and_deletes_what_is_no_longer_built()
    {
        var kept = new FileInfo(_temp["site-output/assets/site.css"]);
        kept.LastWriteTimeUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Publish();

        Assert.Equal(new Dictionary<string, string>
        {
            ["2023/05/30/index.html"] = "<p>五月三十日</p>",
            ["assets/site.css"] = "body { margin: 0 }",
            ["index.html"] = "<!DOCTYPE html><title>新</title>",
        }, Texts(FolderSnapshot.Of(Output)));
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(_temp["site-output/assets/site.css"]));
        Assert.False(Directory.Exists(_temp["site-output/2023/05/29"]));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void What_the_build_did_not_make_is_deleted_with_its_folders_and_a_repository_at_the_top_stays()
    {
        _temp.Write("site-output/notes/drafts/draft.txt", "草稿");
        Directory.CreateDirectory(_temp["site-output/empty/inner"]);
        _temp.Write("site-output/.git/HEAD", "ref: refs/heads/gh-pages\n");

        Publish();

        Assert.Equal([".git/HEAD", "2023/05/30/index.html", "assets/site.css", "index.html"], FolderSnapshot.Of(Output).Keys);
        Assert.False(Directory.Exists(_temp["site-output/notes"]));
        Assert.False(Directory.Exists(_temp["site-output/empty"]));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void An_output_that_holds_a_symbolic_link_is_replaced_whole_and_what_the_link_points_to_stays()
    {
        _temp.Write("elsewhere/keep.txt", "留着");
        Directory.CreateSymbolicLink(_temp["site-output/linked"], _temp["elsewhere"]);

        Publish();

        Assert.Equal(["2023/05/30/index.html", "assets/site.css", "index.html"], FolderSnapshot.Of(Output).Keys);
        Assert.False(Path.Exists(_temp["site-output/linked"]));
        Assert.Equal("留着", _temp.Read("elsewhere/keep.txt"));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_build_killed_after_writing_its_journal_is_finished_by_the_next_build()
    {
        // What a build killed after its journal was complete, before it moved anything, leaves behind.
        _temp.Write(".site-output.staging-20260101000000-dead/index.html", "<p>新</p>");
        _temp.Write(".site-output.journal-20260101000000-dead",
            ".site-output.staging-20260101000000-dead\nM index.html\nD 2023/05/29/index.html\n");

        using (StagedOutput.Begin(Output))
        {
        }

        Assert.Equal(new Dictionary<string, string>
        {
            ["assets/site.css"] = "body { margin: 0 }",
            ["index.html"] = "<p>新</p>",
        }, Texts(FolderSnapshot.Of(Output)));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_journal_that_names_no_staging_folder_of_the_output_is_not_followed()
    {
        var before = FolderSnapshot.Of(Output);
        _temp.Write(".site-output.journal-20260101000000-dead", "../elsewhere\nD index.html\n");

        using (StagedOutput.Begin(Output))
        {
        }

        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_build_killed_while_writing_its_journal_left_the_output_as_it_was()
    {
        var before = FolderSnapshot.Of(Output);
        _temp.Write(".site-output.staging-20260101000000-dead/index.html", "<p>新</p>");
        _temp.Write(".site-output.journal-20260101000000-dead.part", ".site-output.staging-20260101000000-dead\nM index.html\nD 2023/05/2");

        using (StagedOutput.Begin(Output))
        {
        }

        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Empty(Leftovers());
    }
}
