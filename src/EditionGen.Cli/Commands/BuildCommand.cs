using System.CommandLine;
using EditionGen.Build;
using EditionGen.Cli.Output;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen build</c>: ingest, render, validate and publish the whole edition.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var build = new BuildOptionSet();
        var shard = new Option<string?>("--shard") { Description = "Render only the K-th of N shares of the issues, for example 2/4, and no page that spans issues; merge the shards with --merge." };
        var merge = new Option<string[]>("--merge") { Description = "Output folders of shard builds: take their issue files and render the pages that span issues. Repeat for each shard.", AllowMultipleArgumentsPerToken = true };
        var command = build.AddTo(new Command("build", "Ingest new or changed seeds, render every page, validate it and write the site."));
        command.Options.Add(shard);
        command.Options.Add(merge);
        command.SetAction(result =>
        {
            var options = build.Read(result) with
            {
                Waiting = console.Error.WriteLine,
                Shard = result.GetValue(shard) is { } share ? Shard.Parse(share) : null,
                MergeFrom = result.GetValue(merge) ?? [],
            };
            if (options.Shard is not null && options.MergeFrom.Count > 0) throw new UsageException("--shard and --merge do not go together: build each shard, then merge them in another build.");
            var buildResult = BuildReporter.Run(console, () => new BuildPipeline(options));
            BuildReporter.Report(console, buildResult, SitePaths.For(options.Root, options.Output));
            return buildResult.Succeeded ? CliApplication.Success : CliApplication.Failure;
        });
        return command;
    }
}
