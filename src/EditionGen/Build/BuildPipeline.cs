using EditionGen.Configuration;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest;
using EditionGen.Publish;
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
    public BuildResult Run(IProgress<BuildProgress>? progress = null)
    {
        var paths = SitePaths.For(options.Root, options.Output);
        var diagnostics = new DiagnosticBag();
        var config = LoadConfig(paths);

        var seeds = IngestStage.FindSeeds(paths.Seeds);
        progress?.Report(new BuildProgress(BuildStage.Ingest, 0, seeds.Count));
        IngestStage.Run(seeds, paths.Content, paths.Display, options.Force, options.EffectiveJobs, diagnostics);

        progress?.Report(new BuildProgress(BuildStage.Content, 0, null));
        var site = ContentReader.Read(paths.Content, diagnostics);

        var plan = new SiteRenderer(config, paths.Root).Plan(site);
        var staticFiles = GithubPagesFiles.For(config).ToList();
        var known = plan.Paths.Concat(staticFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        var validator = new SiteValidator(new ValidationOptions
        {
            BasePath = new UrlBuilder(config).BasePath,
            OutputDisplayPath = paths.Display(paths.Output),
            KnownPaths = known,
        });

        var fileCount = 0;
        using var output = StagedOutput.Begin(paths.Output);
        foreach (var file in plan.Render(diagnostics).Concat(staticFiles))
        {
            diagnostics.AddRange(validator.Check(file));
            output.Write(file);
            fileCount++;
            progress?.Report(new BuildProgress(BuildStage.Render, fileCount, known.Count, file.Path));
        }

        diagnostics.AddRange(validator.Complete());

        var findings = diagnostics.Sorted(options.Strict);
        var publish = !findings.Any(d => d.IsError);
        if (publish)
        {
            progress?.Report(new BuildProgress(BuildStage.Publish, fileCount, fileCount));
            output.Commit();
        }

        return new BuildResult(findings, seeds.Count, site.Issues.Count,
            site.Issues.Sum(i => i.Articles.Count), fileCount, publish);
    }

    private EditionConfig LoadConfig(SitePaths paths)
    {
        var config = EditionConfigLoader.Load(paths.Root);
        return options.BaseUrl is null ? config : config with { BaseUrl = options.BaseUrl };
    }
}
