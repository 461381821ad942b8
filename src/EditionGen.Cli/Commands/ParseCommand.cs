using System.CommandLine;
using EditionGen.Diagnostics;
using EditionGen.Ingest;
using EditionGen.Ingest.Json;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen parse SEED</c>: prints the parsed issue as JSON and writes nothing.</summary>
public static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var seed = new Argument<FileInfo>("SEED") { Description = "The raw issue text to parse." };
        var command = new Command("parse", "Print the parsed issue of a seed as JSON on standard output; write nothing.") { seed };
        command.SetAction(result =>
        {
            var file = result.GetRequiredValue(seed);
            if (!file.Exists) throw new UsageException($"no seed at '{file}'. Give the path of a raw issue text, for example seeds/issue.txt.");
            var diagnostics = new DiagnosticBag();
            var issue = IngestStage.Parse(file.FullName, file.ToString(), diagnostics, requireDate: false);
            console.PrintFindings(diagnostics.Sorted());
            if (issue is null) return CliApplication.Failure;
            console.Out.WriteLine(IssueJson.Serialize(issue));
            return CliConsole.ExitCode(diagnostics);
        });
        return command;
    }
}
