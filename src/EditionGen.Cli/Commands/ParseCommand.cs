using System.CommandLine;
using EditionGen.Diagnostics;
using EditionGen.Ingest;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Reading;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Cli.Commands;

/// <summary>
/// <c>editiongen parse SEED</c>: prints the parsed issue as JSON and writes nothing; with <c>--explain</c>, the
/// label the reader gave each line and how sure it is.
/// </summary>
public static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var seed = new Argument<FileInfo>("SEED") { Description = "The raw issue text to parse." };
        var explain = new Option<bool>("--explain") { Description = "Print each line's label and the reader's confidence in it instead of the JSON." };
        var model = new Option<FileInfo?>("--model") { Description = "With --explain, the model to read with (one 'editiongen model train' wrote); the shipped model when left out." };
        var command = new Command("parse", "Print the parsed issue of a seed as JSON on standard output; write nothing.") { seed, explain, model };
        command.SetAction(result =>
        {
            var file = result.GetRequiredValue(seed);
            if (!file.Exists) throw new UsageException($"no seed at '{file}'. Give the path of a raw issue text, for example seeds/issue.txt.");
            if (result.GetValue(explain)) return Explain(console, file, ModelCommand.LoadModel(result.GetValue(model)));
            var diagnostics = new DiagnosticBag();
            var issue = IngestStage.Parse(file.FullName, file.ToString(), diagnostics, requireDate: false);
            console.PrintFindings(diagnostics.Sorted());
            if (issue is null) return CliApplication.Failure;
            console.Out.WriteLine(IssueJson.Serialize(issue));
            return CliConsole.ExitCode(diagnostics);
        });
        return command;
    }

    private static int Explain(CliConsole console, FileInfo file, ReaderModel model)
    {
        string text;
        try
        {
            text = SeedDecoder.Read(file.FullName);
        }
        catch (InputException e)
        {
            console.PrintFindings([e.Diagnostic]);
            return CliApplication.Failure;
        }

        console.Out.Write(LabelExplanation.Format(SeedReader.Label(text, model)));
        return CliApplication.Success;
    }
}
