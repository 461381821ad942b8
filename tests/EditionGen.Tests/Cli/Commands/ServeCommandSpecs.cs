using EditionGen.Cli;
using EditionGen.Cli.Commands;

namespace EditionGen.Tests.Cli.Commands;

public sealed class ServeCommandSpecs
{
    private static readonly CliConsole Console = new(TextWriter.Null, TextWriter.Null);

    [Fact]
    public void Serve_takes_every_option_of_build()
    {
        // Shards are built and merged by build alone: a preview shows the whole edition.
        var build = BuildCommand.Create(Console).Options.Select(o => o.Name).Except(["--shard", "--merge"]);
        var serve = ServeCommand.Create(Console).Options.Select(o => o.Name).ToList();

        Assert.All(build, name => Assert.Contains(name, serve));
        foreach (var name in new[] { "--no-search", "--no-cache", "--strict", "--jobs", "--base-url", "--output" }) Assert.Contains(name, serve);
    }

    [Fact]
    public void Serve_refuses_a_negative_job_count_like_build()
    {
        var run = CliRun.Of("serve", "--no-search", "--jobs", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Error);
    }
}
