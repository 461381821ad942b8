using EditionGen.Build;
using Spectre.Console;

namespace EditionGen.Cli.Output;

/// <summary>Shows a build's progress (a live bar on a terminal, nothing otherwise) and its summary table.</summary>
public static class BuildReporter
{
    public static BuildResult Run(CliConsole console, Func<BuildPipeline> pipeline)
    {
        if (!console.IsInteractive) return pipeline().Run();

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("build");
                result = pipeline().Run(new Progress<BuildProgress>(p =>
                {
                    task.Description = p.Stage.ToString().ToLowerInvariant();
                    if (p.Total is > 0) task.Value = 100.0 * p.Done / p.Total.Value;
                }));
                task.Value = 100;
            });
        return result!;
    }

    public static void PrintSummary(CliConsole console, BuildResult result, SitePaths paths)
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
