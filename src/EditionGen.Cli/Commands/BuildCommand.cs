using System.CommandLine;
using EditionGen.Build;
using EditionGen.Cli.Output;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen build</c>: ingest, render, validate and publish the whole edition.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var build = new BuildOptionSet();
        var command = build.AddTo(new Command("build", "Ingest new or changed seeds, render every page, validate it and write the site."));
        command.SetAction(result =>
        {
            var options = build.Read(result) with { Waiting = console.Error.WriteLine };
            var buildResult = BuildReporter.Run(console, () => new BuildPipeline(options));
            BuildReporter.Report(console, buildResult, SitePaths.For(options.Root, options.Output));
            return buildResult.Succeeded ? CliApplication.Success : CliApplication.Failure;
        });
        return command;
    }
}
