using System.Diagnostics;
using EditionGen.Cli;
using EditionGen.Cli.Commands;
using EditionGen.Tests.Build;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Cli.Commands;

public sealed class DeployCommandSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();
    private readonly TempDir _remotes = new();

    public void Dispose()
    {
        _edition.Dispose();
        _remotes.Dispose();
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    private string BareRemote()
    {
        var remote = _remotes["site.git"];
        Git(_remotes.Path, "init", "--quiet", "--bare", remote);
        return remote;
    }

    [Fact]
    public void Deploying_an_edition_that_was_never_built_builds_it_and_commits_exactly_the_built_bytes()
    {
        var remote = BareRemote();

        var run = CliRun.Of("deploy", "--root", _edition.Root, "--no-search", "--remote", remote);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Built site-output/.", run.Out);
        Assert.Contains("Published site-output/", run.Out);
        var checkout = _remotes["checkout"];
        Git(_remotes.Path, "clone", "--quiet", "--branch", "gh-pages", remote, checkout);
        Directory.Delete(Path.Combine(checkout, ".git"), recursive: true);
        Assert.Equal(FolderSnapshot.Of(_edition.Output), FolderSnapshot.Of(checkout));
        Assert.Contains(".nojekyll", FolderSnapshot.Of(checkout).Keys);
    }

    [Fact]
    public void A_deploy_whose_build_fails_publishes_nothing()
    {
        var remote = BareRemote();
        _edition.Write("templates/layouts/home.html", "{{ no_such_variable }}");

        var run = CliRun.Of("deploy", "--root", _edition.Root, "--no-search", "--remote", remote);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was published", run.Error);
        Assert.Equal("", Git(remote, "branch", "--list").Trim());
    }

    [Fact]
    public void Deploy_builds_with_every_option_of_build()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null);
        // Shards are built and merged by build alone: a deploy publishes the whole edition.
        var build = BuildCommand.Create(console).Options.Select(o => o.Name).Except(["--shard", "--merge"]);
        var deploy = DeployCommand.Create(console).Options.Select(o => o.Name).ToList();

        Assert.All(build, name => Assert.Contains(name, deploy));
    }
}
