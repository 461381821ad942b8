using EditionGen.Configuration;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest;
using EditionGen.Publish;
using EditionGen.Publish.Search;
using EditionGen.Render;
using EditionGen.Validate;

namespace EditionGen.Build;

/// <summary>
/// Runs the stages in order: ingest seeds into content, read content, render pages,
/// validate each page as it streams by, and publish by swapping a staged folder in.
/// Every stage reports into one bag and the build goes on to find every error it can;
/// the output is swapped in only when no error was found.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    public const string ReportFileName = "report.json";

    public BuildResult Run(IProgress<BuildProgress>? progress = null) => RunAsync(progress).GetAwaiter().GetResult();

    public async Task<BuildResult> RunAsync(IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var times = new StageTimes();
        var paths = SitePaths.For(options.Root, options.Output);
        var diagnostics = new DiagnosticBag();
        var config = LoadConfig(paths);

        var seeds = IngestStage.FindSeeds(paths.Seeds);
        progress?.Report(new BuildProgress(BuildStage.Ingest, 0, seeds.Count));
        var cache = options.NoCache || options.Force ? null : IngestCache.Load(paths.State);
        times.Measure(BuildStage.Ingest, () =>
            IngestStage.Run(seeds, paths.Content, paths.Display, options.Force, options.EffectiveJobs, diagnostics, cache));

        progress?.Report(new BuildProgress(BuildStage.Content, 0, null));
        var site = times.Measure(BuildStage.Content, () => ContentReader.Read(paths.Content, diagnostics));

        var plan = times.Measure(BuildStage.Render, () => new SiteRenderer(config, paths.Root).Plan(site));
        var staticFiles = GithubPagesFiles.For(config).ToList();
        var known = plan.Paths.Concat(staticFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        var validator = new SiteValidator(ValidationOptions.FromBaseUrl(config.BaseUrl, known, paths.Display(paths.Output)));

        using var output = StagedOutput.Begin(paths.Output);
        var flow = new PageFlow(validator, output, diagnostics, times);
        var done = 0;
        await flow.RunAsync(plan.RenderUnits(diagnostics).Append(() => staticFiles), options.EffectiveJobs,
            progress is null ? null : file => progress.Report(new BuildProgress(BuildStage.Render, Interlocked.Increment(ref done), known.Count, file.Path)),
            cancellationToken);
        times.Measure(BuildStage.Validate, () => { diagnostics.AddRange(validator.Complete()); return 0; });

        if (!options.NoSearch && !diagnostics.HasErrors)
        {
            await IndexSearchAsync(paths, output.StagingDirectory, diagnostics, cancellationToken);
        }

        var findings = diagnostics.Sorted(options.Strict);
        new ValidationReport(findings).WriteJson(Path.Combine(paths.State, ReportFileName), paths.Output);
        var publish = !findings.Any(d => d.IsError);
        if (publish)
        {
            progress?.Report(new BuildProgress(BuildStage.Publish, flow.Written, flow.Written));
            times.Measure(BuildStage.Publish, () => { output.Commit(); return 0; });
        }

        return new BuildResult(findings, seeds.Count, site.Issues.Count,
            site.Issues.Sum(i => i.Articles.Count), flow.Written, publish)
        {
            Timings = times.Totals,
        };
    }

    private static async Task IndexSearchAsync(SitePaths paths, string staging, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var indexer = await SearchIndexer.LocateAsync(paths.Root, cancellationToken);
        if (indexer.IsAvailable)
        {
            await indexer.IndexAsync(staging, paths.Display(paths.Output), diagnostics, cancellationToken);
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, SourceLocation.File("package.json"), indexer.UnavailableBecause!);
        }
    }

    private EditionConfig LoadConfig(SitePaths paths)
    {
        var config = EditionConfigLoader.Load(paths.Root);
        return options.BaseUrl is null ? config : config with { BaseUrl = options.BaseUrl };
    }
}
