using EditionGen.Tests.Build;

namespace EditionGen.Tests.Cli.Commands;

public sealed class BuildCommandSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--root", _edition.Root, "--no-search", .. extra]);

    [Fact]
    public void A_build_whose_output_is_redirected_shows_its_progress_as_plain_lines()
    {
        var run = Build();

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split(Environment.NewLine);
        Assert.Contains("ingest   0/1", lines);
        Assert.Contains(lines, l => l.StartsWith("render ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Contains("Built site-output/.", run.Out);
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_build_that_succeeds_with_warnings()
    {
        var run = Build("--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Error);
        Assert.True(File.Exists(_edition.PathOf("site-output/index.html")));
    }

    [Fact]
    public void Quiet_and_verbose_together_are_wrong_usage()
    {
        var run = Build("--quiet", "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--quiet", run.Error);
    }

    [Fact]
    public void A_warning_about_a_content_file_names_it_as_the_publisher_opens_it_from_the_edition()
    {
        Build();
        File.AppendAllText(_edition.PathOf("content/2023/05/30/01-01.md"), "\n手工补充的一段。\n");

        var run = Build("--no-cache");

        Assert.Contains(run.Error.Split(Environment.NewLine), l => l.StartsWith("content/2023/05/30/01-01.md: warning EG0110: ", StringComparison.Ordinal));
    }
}
