using System.CommandLine;
using EditionGen.Build;
using EditionGen.Cli.Output;
using EditionGen.Publish.Deploy;

namespace EditionGen.Cli.Commands;

/// <summary>
/// <c>editiongen deploy</c>: builds the edition, as <c>build</c> with the same options does, and publishes
/// the built site as a commit on a branch such as gh-pages. A failed build publishes nothing.
/// </summary>
public static class DeployCommand
{
    public static Command Create(CliConsole console)
    {
        var build = new BuildOptionSet();
        var remote = new Option<string?>("--remote") { Description = "The remote name or URL to push to. Default: origin." };
        var branch = new Option<string>("--branch") { Description = "The branch that holds the site.", DefaultValueFactory = _ => "gh-pages" };
        var message = new Option<string>("--message") { Description = "The commit message.", DefaultValueFactory = _ => "Publish the edition" };
        var command = build.AddTo(new Command("deploy",
            "Build the site, then publish it as a commit on a branch, without touching the working tree or the current branch.")
        {
            remote, branch, message,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = build.Read(result);
            var paths = SitePaths.For(options.Root, options.Output);
            var built = BuildReporter.Run(console, () => new BuildPipeline(options));
            BuildReporter.Report(console, built, paths);
            if (!built.Succeeded)
            {
                console.Error.WriteLine("editiongen: the build failed, so nothing was published.");
                return CliApplication.Failure;
            }

            var deployed = await GitDeployer.DeployAsync(new DeployOptions
            {
                SiteDirectory = paths.Output,
                Root = paths.Root,
                Remote = result.GetValue(remote),
                Branch = result.GetRequiredValue(branch),
                Message = result.GetRequiredValue(message),
            }, cancellationToken);
            var where = deployed.Remote is null ? deployed.Branch : $"{deployed.Branch} on {deployed.Remote}";
            console.Say(deployed.Changed
                ? $"Published {paths.Display(paths.Output)}/ as {deployed.Commit[..12]} to {where}."
                : $"{where} already holds this site ({deployed.Commit[..12]}); nothing to publish.");
            return CliApplication.Success;
        });
        return command;
    }
}
