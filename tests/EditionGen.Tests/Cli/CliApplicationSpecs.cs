using EditionGen.Cli;

namespace EditionGen.Tests.Cli;

public class CliApplicationSpecs
{
    [Fact]
    public void An_unknown_command_is_wrong_usage_and_exits_with_2()
    {
        var run = CliRun.Of("publish-everything");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("editiongen --help", run.Error);
    }

    [Fact]
    public void An_unknown_option_is_wrong_usage_and_exits_with_2()
    {
        var run = CliRun.Of("build", "--colour", "blue");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_negative_job_count_is_wrong_usage()
    {
        var run = CliRun.Of("build", "--jobs", "-3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Error);
    }

    [Fact]
    public void Parsing_a_seed_that_does_not_exist_is_wrong_usage()
    {
        var run = CliRun.Of("parse", "no/such/seed.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no seed at", run.Error);
    }

    [Fact]
    public void Help_lists_every_command_and_exits_with_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "build", "ingest", "parse", "check", "deploy" }) Assert.Contains(command, run.Out);
    }

    [Fact]
    public void Version_prints_the_version_of_the_package_and_exits_with_0()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(ToolVersion.Package, run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", ToolVersion.Package);
    }
}
