using System.CommandLine;
using EditionGen.Build;
using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen check [DIR]</c>: validates an already built site.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<DirectoryInfo?>("DIR") { Description = "The built site. Default: site-output/ in the root.", Arity = ArgumentArity.ZeroOrOne };
        var root = CommonOptions.Root();
        var baseUrl = CommonOptions.BaseUrl();
        var strict = CommonOptions.Strict();
        var command = new Command("check", "Validate an already built site: HTML, links, anchors and assets.") { dir, root, baseUrl, strict };
        command.SetAction(result =>
        {
            var paths = SitePaths.For(result.GetRequiredValue(root).FullName, result.GetValue(dir)?.FullName);
            if (!Directory.Exists(paths.Output)) throw new UsageException($"no built site at '{paths.Output}'. Run 'editiongen build' first, or give the folder to check.");
            var config = EditionConfigLoader.Load(paths.Root);
            if (result.GetValue(baseUrl) is { } url) config = config with { BaseUrl = url };

            var diagnostics = new DiagnosticBag();
            DirectoryChecker.Check(paths.Output, new UrlBuilder(config).BasePath, diagnostics);
            var findings = diagnostics.Sorted(result.GetValue(strict));
            console.PrintFindings(findings);
            console.Say($"Checked {paths.Display(paths.Output)}/: {findings.Count(d => d.IsError)} error(s), {findings.Count(d => !d.IsError)} warning(s).");
            return CliConsole.ExitCode(findings);
        });
        return command;
    }
}
