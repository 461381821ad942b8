using EditionGen.Build;
using EditionGen.Cli.Commands;
using EditionGen.Cli.Preview;
using EditionGen.Diagnostics;
using EditionGen.Publish;
using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

/// <summary>
/// A build replaces only a folder it created. The edition sits one level down in a temporary folder, so that even a
/// refusal that failed could only reach that temporary folder.
/// </summary>
public sealed class OutputFolderRefusalSpecs : IDisposable
{
    private readonly TempDir _temp = new();

    public OutputFolderRefusalSpecs()
    {
        Directory.CreateDirectory(_temp["edition/seeds"]);
        File.Copy(Path.Combine(SampleEdition.RepositoryRoot, "edition.yml"), _temp["edition/edition.yml"]);
        File.Copy(Path.Combine(SampleEdition.RepositoryRoot, "seeds", SampleEdition.SampleSeed), _temp["edition/seeds/" + SampleEdition.SampleSeed]);
        _temp.Write("edition/content/notes.txt", "编辑部手记\n");
        _temp.Write("edition/templates/partials/footer.html", "<footer>自己的页脚</footer>\n");
        _temp.Write("edition/.editiongen/report.json", "[]\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Root => _temp["edition"];

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--root", Root, "--no-search", .. extra]);

    [Fact]
    public void A_mistyped_output_that_names_seeds_is_refused_and_every_seed_is_still_there()
    {
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Build("--output", "seeds");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"seeds: error EG0510: refused to publish into this folder: it is the edition's seeds/", run.Error);
        Assert.Equal(before.Keys, FolderSnapshot.Of(_temp.Path).Keys);
        Assert.True(File.Exists(_temp["edition/seeds/" + SampleEdition.SampleSeed]));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData(".editiongen")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("content/2023/05")]
    [InlineData("seeds/out")]
    public void An_output_that_is_contains_or_lies_inside_the_editions_folders_is_refused_before_anything_is_written(string output)
    {
        var before = FolderSnapshot.Of(_temp.Path);

        var run = Build("--output", output, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error EG0510: ", run.Error);
        Assert.Contains("Nothing was written", run.Error);
        var after = FolderSnapshot.Of(_temp.Path);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_temp.Path, ".*", SearchOption.AllDirectories), d => d.Contains(".staging-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_empty_folder_that_editiongen_did_not_build_is_refused_and_keeps_its_files()
    {
        var notes = _temp.Write("mine/notes.txt", "我的笔记");

        var run = Build("--output", _temp["mine"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error EG0511: ", run.Error);
        Assert.Contains("--force", run.Error);
        Assert.Equal("我的笔记", File.ReadAllText(notes));
        Assert.False(File.Exists(_temp["edition/.editiongen/ingest-cache.json"]));
        Assert.False(Directory.Exists(_temp["edition/content/2023/05/30"]));
    }

    [Fact]
    public void Force_replaces_a_foreign_folder_and_the_build_leaves_its_marker_so_the_next_build_needs_no_force()
    {
        _temp.Write("mine/notes.txt", "我的笔记");

        Assert.Equal(0, Build("--output", _temp["mine"], "--force").ExitCode);
        Assert.False(File.Exists(_temp["mine/notes.txt"]));
        Assert.True(File.Exists(_temp["mine/" + OutputFolderGuard.MarkerFileName]));

        var again = Build("--output", _temp["mine"]);
        Assert.True(again.ExitCode == 0, again.Error);
    }

    [Fact]
    public void An_output_built_by_an_earlier_version_is_replaced_without_force_and_gets_the_marker()
    {
        Assert.Equal(0, Build().ExitCode);
        File.Delete(_temp["edition/site-output/" + OutputFolderGuard.MarkerFileName]);

        var run = Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(_temp["edition/site-output/" + OutputFolderGuard.MarkerFileName]));
    }

    [Fact]
    public void An_output_folder_that_is_a_symbolic_link_is_refused_and_what_it_points_to_is_untouched()
    {
        _temp.Write("elsewhere/keep.txt", "留着");
        Directory.CreateSymbolicLink(_temp["edition/site-output"], _temp["elsewhere"]);

        var run = Build();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error EG0510: ", run.Error);
        Assert.Contains("symbolic link", run.Error);
        Assert.Equal("留着", File.ReadAllText(_temp["elsewhere/keep.txt"]));
    }

    [Fact]
    public void A_link_on_the_way_does_not_disguise_a_folder_inside_seeds()
    {
        Directory.CreateSymbolicLink(_temp["alias"], _temp["edition/seeds"]);

        var run = Build("--output", _temp["alias/site"], "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lies inside the edition's seeds/", run.Error);
        Assert.Equal([SampleEdition.SampleSeed], Directory.EnumerateFileSystemEntries(_temp["edition/seeds"]).Select(Path.GetFileName));
    }

    [Fact]
    public void Replacing_an_output_that_holds_a_link_to_a_folder_outside_deletes_the_link_and_not_what_it_points_to()
    {
        Assert.Equal(0, Build().ExitCode);
        _temp.Write("elsewhere/keep.txt", "留着");
        Directory.CreateSymbolicLink(_temp["edition/site-output/linked"], _temp["elsewhere"]);
        File.CreateSymbolicLink(_temp["edition/site-output/linked.txt"], _temp["elsewhere/keep.txt"]);

        var run = Build();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(Path.Exists(_temp["edition/site-output/linked"]));
        Assert.Equal("留着", File.ReadAllText(_temp["elsewhere/keep.txt"]));
    }

    [Fact]
    public void Serve_refuses_an_output_folder_the_same_way_before_it_builds_or_listens()
    {
        using var server = new PreviewServer(new BuildOptions { Root = Root, Output = "content", NoSearch = true, Force = true }, ServeCommand.FreePort(), TextWriter.Null);

        var refused = Assert.Throws<UsageException>(() => server.RunAsync(CancellationToken.None).GetAwaiter().GetResult());

        Assert.Equal(DiagnosticCodes.OutputFolderProtected, Assert.Single(refused.Diagnostics).Code);
        Assert.Equal(0, server.Builds);
        Assert.True(File.Exists(_temp["edition/content/notes.txt"]));
    }
}
