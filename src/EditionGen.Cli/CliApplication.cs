using System.CommandLine;
using EditionGen.Cli.Commands;
using EditionGen.Cli.Output;
using EditionGen.Diagnostics;

namespace EditionGen.Cli;

/// <summary>The <c>editiongen</c> command line: parses arguments and maps outcomes to exit codes.</summary>
public static class CliApplication
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdout, stderr);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only.", Recursive = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every warning instead of a summary by code.", Recursive = true };
        var root = new RootCommand("EditionGen builds newspaper digital editions from raw issue texts.")
        {
            quiet,
            verbose,
            BuildCommand.Create(console),
            IngestCommand.Create(console),
            ParseCommand.Create(console),
            CheckCommand.Create(console),
            DeployCommand.Create(console),
            ServeCommand.Create(console),
            NewCommand.Create(console),
            TemplatesCommand.Create(console),
            ModelCommand.Create(console),
        };

        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(console);

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"editiongen: {error.Message}");
            stderr.WriteLine("Run 'editiongen --help' for the commands and their options.");
            return Usage;
        }

        if (result.GetValue(quiet) && result.GetValue(verbose))
        {
            stderr.WriteLine("editiongen: --quiet and --verbose contradict each other; give one of them.");
            return Usage;
        }

        console.Verbosity = result.GetValue(quiet) ? Verbosity.Quiet : result.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            if (e.Diagnostics.Count > 0) console.PrintFindings(e.Diagnostics);
            else stderr.WriteLine($"editiongen: {e.Message}");
            return Usage;
        }
        catch (EditionGenException e)
        {
            console.PrintFindings(e.Diagnostics);
            if (e.Diagnostics.Count == 0) stderr.WriteLine($"editiongen: {e.Message}");
            return Failure;
        }
    }
}
