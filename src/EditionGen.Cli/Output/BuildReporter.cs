using EditionGen.Build;
using Spectre.Console;

namespace EditionGen.Cli.Output;

/// <summary>
/// Runs a build with its progress shown (a live bar on a terminal, plain lines in logs and CI, nothing
/// with <c>--quiet</c>) and prints its findings and its summary table.
/// </summary>
public static class BuildReporter
{
    public static BuildResult Run(CliConsole console, Func<BuildPipeline> pipeline)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (console.Verbosity == Verbosity.Quiet) return pipeline().Run();
        if (!console.IsInteractive) return pipeline().Run(new PlainProgress(console.Out));

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("build");
                result = pipeline().Run(new ProgressHandler(p =>
                {
                    task.Description = p.Stage.ToString().ToLowerInvariant();
                    if (p.Total is > 0) task.Value = 100.0 * p.Done / p.Total.Value;
                }));
                task.Value = 100;
            });
        return result!;
    }

    /// <summary>Prints the build's findings (summarised when there are many) and, unless quiet, what it produced.</summary>
    public static void Report(CliConsole console, BuildResult result, SitePaths paths)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(paths);
        console.PrintFindings(result.Diagnostics, paths.Display(Path.Combine(paths.State, BuildPipeline.ReportFileName)));
        if (console.Verbosity != Verbosity.Quiet) PrintSummary(console, result, paths);
    }

    private static void PrintSummary(CliConsole console, BuildResult result, SitePaths paths)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var table = new Table().Border(TableBorder.Simple).AddColumn("build").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("seeds", result.SeedCount.ToString());
        table.AddRow("issues", result.IssueCount.ToString());
        table.AddRow("articles", result.ArticleCount.ToString());
        table.AddRow("files", result.FileCount.ToString());
        table.AddRow("warnings", result.WarningCount.ToString());
        table.AddRow("errors", result.ErrorCount.ToString());
        ansi.Write(table);
        if (result.Timings.Count > 0)
        {
            console.Out.WriteLine("time: " + string.Join(", ", result.Timings
                .OrderBy(t => t.Key)
                .Select(t => $"{t.Key.ToString().ToLowerInvariant()} {t.Value.TotalMilliseconds:0} ms")));
        }

        console.Out.WriteLine(result.Succeeded
            ? $"Built {paths.Display(paths.Output)}/."
            : $"Build failed; {paths.Display(paths.Output)}/ was left as it was.");
    }
}
