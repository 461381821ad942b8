using System.CommandLine;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Reading.Model;
using EditionGen.Ingest.Reading.Training;

namespace EditionGen.Cli.Commands;

/// <summary>
/// <c>editiongen model train</c> trains the reader from gold readings; <c>editiongen model parse-corpus</c> parses a
/// corpus with a model for scoring.
/// </summary>
public static class ModelCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("model", "Train the reader that labels seed lines, and parse a corpus with it.")
        {
            Train(console),
            Evaluate(console),
            ParseCorpus(console),
        };
        return command;
    }

    private static Command Train(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "A folder of NAME.txt seeds with NAME.gold.json readings; repeatable.", Required = true, AllowMultipleArgumentsPerToken = false };
        var emphasis = new Option<string[]>("--emphasis") { Description = "A folder of hand-made issues that count --emphasis-weight times; repeatable." };
        var weight = new Option<int>("--emphasis-weight") { Description = "How many corpus issues one hand-made issue counts as.", DefaultValueFactory = _ => 4 };
        var only = new Option<string[]>("--only") { Description = "Train only on issues whose name starts with this (2019-10); repeatable." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training issues.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var folds = new Option<int>("--folds") { Description = "Folds the issues are split into to train the second pass; 0 trains the first pass only.", DefaultValueFactory = _ => new TrainingOptions().Folds };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write.", Required = true };
        var command = new Command("train", "Train the reader deterministically from gold readings and write the model file.") { corpus, emphasis, weight, only, epochs, folds, output };
        command.SetAction(result =>
        {
            var prefixes = result.GetValue(only) ?? [];
            var folders = result.GetRequiredValue(corpus);
            var emphasised = result.GetValue(emphasis) ?? [];
            foreach (var folder in folders.Concat(emphasised))
            {
                if (!Directory.Exists(folder)) throw new UsageException($"no corpus folder at '{folder}'. Give a folder of NAME.txt seeds with NAME.gold.json readings.");
            }

            var issues = TrainingSet.Compose(folders, prefixes, emphasised, result.GetValue(weight));
            if (issues.Count == 0) throw new UsageException("no gold reading (NAME.gold.json) matched; check --corpus and --only.");
            console.Error.WriteLine($"training on {issues.Count} issue(s) with their re-laid copies, {issues.Sum(i => i.Lines.Count)} lines");
            var model = ReaderTrainer.Train(issues, new TrainingOptions(Epochs: result.GetValue(epochs), Folds: result.GetValue(folds)), console.Error.WriteLine);
            var file = result.GetRequiredValue(output);
            file.Directory?.Create();
            using (var stream = File.Create(file.FullName)) ReaderModelFile.Write(model, stream);
            console.Out.WriteLine($"Wrote {file} ({new FileInfo(file.FullName).Length:N0} bytes, {model.FeatureCount:N0} features).");
            return CliApplication.Success;
        });
        return command;
    }

    private static Command Evaluate(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "A folder of NAME.txt seeds with NAME.gold.json readings; repeatable.", Required = true };
        var only = new Option<string[]>("--only") { Description = "Evaluate only issues whose name starts with this (2020-02); repeatable." };
        var modelFile = new Option<FileInfo?>("--model") { Description = "The model to evaluate; the shipped model when left out." };
        var show = new Option<int>("--show") { Description = "Also list this many lines read wrong, with the line before each." };
        var command = new Command("evaluate", "Compare the line labels a model reads with the labels of gold readings, label by label.") { corpus, only, modelFile, show };
        command.SetAction(result =>
        {
            var folders = result.GetRequiredValue(corpus);
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder)) throw new UsageException($"no corpus folder at '{folder}'.");
            }

            var issues = GoldIssue.LoadAll(folders, result.GetValue(only) ?? []);
            var report = LabelReport.Of(issues, LoadModel(result.GetValue(modelFile)));
            console.Out.Write(report.Format());
            foreach (var example in report.Examples.Take(result.GetValue(show))) console.Out.WriteLine(example);
            return CliApplication.Success;
        });
        return command;
    }

    /// <summary>The model in <paramref name="file"/>, or the shipped one when no file is given.</summary>
    internal static ReaderModel LoadModel(FileInfo? file)
    {
        if (file is null) return ReaderModelFile.Shipped;
        if (!file.Exists) throw new UsageException($"no model file at '{file}'. Train one with 'editiongen model train'.");
        using var stream = file.OpenRead();
        return ReaderModelFile.Read(stream);
    }

    private static Command ParseCorpus(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "A folder of NAME.txt seeds with NAME.gold.json readings; repeatable.", Required = true };
        var only = new Option<string[]>("--only") { Description = "Parse only issues whose name starts with this (2020-02); repeatable." };
        var modelFile = new Option<FileInfo?>("--model") { Description = "The model to read with; the shipped model when left out." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write NAME.json into (one subfolder per corpus folder when several).", Required = true };
        var command = new Command("parse-corpus", "Parse every issue of a corpus with a model and write the parse JSON for scoring.") { corpus, only, modelFile, output };
        command.SetAction(result =>
        {
            var model = LoadModel(result.GetValue(modelFile));

            var folders = result.GetRequiredValue(corpus);
            var target = result.GetRequiredValue(output).FullName;
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder)) throw new UsageException($"no corpus folder at '{folder}'.");
                var into = folders.Length == 1 ? target : Path.Combine(target, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
                var count = CorpusParses.Write(folder, result.GetValue(only) ?? [], model, into);
                console.Out.WriteLine($"Parsed {count} issue(s) of {folder} into {into}.");
            }

            return CliApplication.Success;
        });
        return command;
    }
}
