using EditionGen.Configuration;

namespace EditionGen.Tests.Cli.Commands;

public sealed class NewCommandSpecs : IDisposable
{
    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("editiongen-new-");

    public void Dispose() => _parent.Delete(recursive: true);

    [Fact]
    public void I_can_scaffold_a_new_edition_with_its_configuration_and_folders()
    {
        var root = Path.Combine(_parent.FullName, "daily");

        var run = CliRun.Of("new", root, "--title", "晨报 \"周末版\"");

        Assert.Equal(0, run.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(root, "seeds")));
        Assert.True(Directory.Exists(Path.Combine(root, "templates")));
        var config = EditionConfigLoader.Load(root);
        Assert.Equal("晨报 \"周末版\"", config.Title);
        Assert.Equal("zh-CN", config.Language);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused()
    {
        File.WriteAllText(Path.Combine(_parent.FullName, "notes.txt"), "keep me");

        var run = CliRun.Of("new", _parent.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not empty", run.Error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_parent.FullName, "notes.txt")));
    }

    [Fact]
    public void A_new_edition_builds_to_a_site_even_before_it_has_seeds()
    {
        var root = Path.Combine(_parent.FullName, "empty-edition");
        Assert.Equal(0, CliRun.Of("new", root).ExitCode);

        var run = CliRun.Of("build", "--root", root, "--no-search");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(root, "site-output", "index.html")));
    }
}
