using EditionGen.Build;
using EditionGen.Publish;

namespace EditionGen.Tests.Build;

/// <summary>A build leaves a snapshot of the output it published; the next build takes the output's folders from it.</summary>
public sealed partial class IncrementalBuildSpecs
{
    /// <summary>Puts every folder of the output an hour back, as folders look long after the build that wrote them.</summary>
    private void AgeOutputFolders()
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var folder in Directory.EnumerateDirectories(_edition.Output, "*", SearchOption.AllDirectories).Prepend(_edition.Output))
        {
            Directory.SetLastWriteTimeUtc(folder, hourAgo);
        }
    }

    private OutputSnapshot? OutputSnapshotLeft() => OutputSnapshot.Load(_edition.PathOf(".editiongen"), _edition.Output);

    [Fact]
    public void A_rebuild_takes_the_folders_the_last_build_did_not_change_from_its_snapshot_and_equals_a_clean_build()
    {
        Build(jobs: 2);
        AgeOutputFolders();
        EditArticle("编辑补充的一段话。");
        Build(jobs: 2);
        var snapshot = OutputSnapshotLeft();
        Assert.NotNull(snapshot);
        Assert.False(snapshot.Folders["2023/05/31"].Racy);
        Assert.True(snapshot.Folders["2023/05/30/01/03"].Racy);
        Assert.True(OutputListing.Read(_edition.Output, snapshot).FromSnapshot);

        EditArticle("编辑又补充了一段话。");
        Build(jobs: 2);

        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_file_put_by_hand_into_a_folder_the_last_build_did_not_change_is_found_and_removed_as_any_stray()
    {
        Build(jobs: 2);
        AgeOutputFolders();
        EditArticle("编辑补充的一段话。");
        Build(jobs: 2);
        var stray = Path.Combine(_edition.Output, "2023/05/31/01/01/stray.html");
        File.WriteAllText(stray, "<p>别人放的</p>");

        EditArticle("编辑又补充了一段话。");
        Build(jobs: 2);

        Assert.False(File.Exists(stray));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_build_that_fails_leaves_the_snapshot_of_the_output_it_did_not_change()
    {
        Build(jobs: 2);
        Assert.NotNull(OutputSnapshotLeft());
        var before = File.ReadAllText(Path.Combine(_edition.PathOf(".editiongen"), OutputSnapshot.FileName));

        _edition.Write("templates/layouts/page.html", "{{ no_such_variable }}");
        var failed = new BuildPipeline(new BuildOptions { Root = _edition.Root, NoSearch = true, Jobs = 2 }).Run();

        Assert.False(failed.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_edition.PathOf(".editiongen"), OutputSnapshot.FileName)));
    }
}
