using System.CommandLine;
using EditionGen.Build;
using EditionGen.Diagnostics;
using EditionGen.Ingest;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen ingest [SEED...]</c>: seeds to <c>content/</c> only.</summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var seeds = new Argument<FileInfo[]>("SEED") { Description = "Seeds to ingest. Default: every seed in seeds/.", Arity = ArgumentArity.ZeroOrMore };
        var root = CommonOptions.Root();
        var force = CommonOptions.Force();
        var command = new Command("ingest", "Parse seeds and write their issues as Markdown into content/.") { seeds, root, force };
        command.SetAction(result =>
        {
            var paths = SitePaths.For(result.GetRequiredValue(root).FullName);
            var given = result.GetValue(seeds) ?? [];
            var missing = given.FirstOrDefault(f => !f.Exists);
            if (missing is not null) throw new UsageException($"no seed at '{missing}'. Give paths of raw issue texts, or none for every seed in seeds/.");
            var files = given.Length > 0 ? given.Select(f => f.FullName).ToList() : IngestStage.FindSeeds(paths.Seeds);

            using var buildLock = BuildLock.Acquire(paths.State, wait: true, console.Error.WriteLine);
            var diagnostics = new DiagnosticBag();
            var issues = IngestStage.Run(files, paths.Content, paths.Display, result.GetValue(force), Environment.ProcessorCount, diagnostics);
            console.PrintFindings(diagnostics.Sorted());
            console.Say($"Ingested {issues.Count} of {files.Count} seed(s) into {paths.Display(paths.Content)}/.");
            return CliConsole.ExitCode(diagnostics);
        });
        return command;
    }
}
