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
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output") { Description = "The output folder. Default: site-output/ in the root." };
        var baseUrl = CommonOptions.BaseUrl();
        var noCache = new Option<bool>("--no-cache") { Description = "Rebuild everything, ignoring what earlier builds left." };
        var noSearch = new Option<bool>("--no-search") { Description = "Do not build the search index." };
        var strict = CommonOptions.Strict();
        var jobs = new Option<int>("--jobs") { Description = "How many seeds or pages to work on at once. Default: one per processor." };
        var force = CommonOptions.Force();
        var shard = new Option<string?>("--shard") { Description = "Render only the K-th of N shares of the issues, for example 2/4, and no page that spans issues; merge the shards with --merge." };
        var merge = new Option<string[]>("--merge") { Description = "Output folders of shard builds: take their issue files and render the pages that span issues. Repeat for each shard.", AllowMultipleArgumentsPerToken = true };

        var command = new Command("build", "Ingest new or changed seeds, render every page, validate it and write the site.")
        {
            root, output, baseUrl, noCache, noSearch, strict, jobs, force, shard, merge,
        };
        command.SetAction(result =>
        {
            var jobCount = result.GetValue(jobs);
            if (jobCount < 0) throw new UsageException("--jobs takes a whole number of 1 or more (0 means one per processor).");
            var options = new BuildOptions
            {
                Root = result.GetRequiredValue(root).FullName,
                Output = result.GetValue(output),
                BaseUrl = result.GetValue(baseUrl),
                NoCache = result.GetValue(noCache),
                NoSearch = result.GetValue(noSearch),
                Strict = result.GetValue(strict),
                Jobs = jobCount,
                Force = result.GetValue(force),
                Shard = result.GetValue(shard) is { } share ? Shard.Parse(share) : null,
                MergeFrom = result.GetValue(merge) ?? [],
            };
            if (options.Shard is not null && options.MergeFrom.Count > 0) throw new UsageException("--shard and --merge do not go together: build each shard, then merge them in another build.");
            if (!Directory.Exists(options.Root)) throw new UsageException($"the root folder '{options.Root}' does not exist. Pass --root with an edition's folder.");

            var buildResult = BuildReporter.Run(console, () => new BuildPipeline(options));
            console.PrintDiagnostics(buildResult.Diagnostics);
            BuildReporter.PrintSummary(console, buildResult, SitePaths.For(options.Root, options.Output));
            return buildResult.Succeeded ? CliApplication.Success : CliApplication.Failure;
        });
        return command;
    }
}
