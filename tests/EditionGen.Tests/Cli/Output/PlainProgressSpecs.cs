using EditionGen.Build;
using EditionGen.Cli.Output;

namespace EditionGen.Tests.Cli.Output;

public sealed class PlainProgressSpecs
{
    [Fact]
    public void A_long_build_reports_each_stage_and_every_tenth_of_its_files_as_plain_lines()
    {
        var output = new StringWriter();
        var progress = new PlainProgress(output);

        progress.Report(new BuildProgress(BuildStage.Ingest, 0, 365));
        progress.Report(new BuildProgress(BuildStage.Content, 0, null));
        for (var done = 1; done <= 33_026; done++) progress.Report(new BuildProgress(BuildStage.Render, done, 33_026));
        progress.Report(new BuildProgress(BuildStage.Publish, 33_026, 33_026));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ingest   0/365", lines[0]);
        Assert.Equal("content", lines[1]);
        Assert.Equal("render   1/33,026", lines[2]);
        Assert.Equal("render   3,303/33,026", lines[3]);
        Assert.Equal("render   33,026/33,026", lines[^2]);
        Assert.Equal("publish  33,026/33,026", lines[^1]);
        Assert.Equal(14, lines.Length);
        Assert.DoesNotContain('\u001b', output.ToString());
    }
}
