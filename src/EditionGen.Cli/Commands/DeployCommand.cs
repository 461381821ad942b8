using System.CommandLine;
using EditionGen.Build;
using EditionGen.Publish.Deploy;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen deploy</c>: publishes the built site as a commit on a branch such as gh-pages.</summary>
public static class DeployCommand
{
    public static Command Create(CliConsole console)
    {
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output") { Description = "The built site. Default: site-output/ in the root." };
        var remote = new Option<string?>("--remote") { Description = "The remote name or URL to push to. Default: origin." };
        var branch = new Option<string>("--branch") { Description = "The branch that holds the site.", DefaultValueFactory = _ => "gh-pages" };
        var message = new Option<string>("--message") { Description = "The commit message.", DefaultValueFactory = _ => "Publish the edition" };
        var command = new Command("deploy", "Publish the built site as a commit on a branch, without touching the working tree or the current branch.")
        {
            root, output, remote, branch, message,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var paths = SitePaths.For(result.GetRequiredValue(root).FullName, result.GetValue(output));
            var deployed = await GitDeployer.DeployAsync(new DeployOptions
            {
                SiteDirectory = paths.Output,
                Root = paths.Root,
                Remote = result.GetValue(remote),
                Branch = result.GetRequiredValue(branch),
                Message = result.GetRequiredValue(message),
            }, cancellationToken);
            var where = deployed.Remote is null ? deployed.Branch : $"{deployed.Branch} on {deployed.Remote}";
            console.Out.WriteLine(deployed.Changed
                ? $"Published {paths.Display(paths.Output)}/ as {deployed.Commit[..12]} to {where}."
                : $"{where} already holds this site ({deployed.Commit[..12]}); nothing to publish.");
            return CliApplication.Success;
        });
        return command;
    }
}
