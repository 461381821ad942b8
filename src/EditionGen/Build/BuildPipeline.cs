using EditionGen.Build.State;
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
        CheckOutput(paths);
        using var buildLock = BuildLock.Acquire(paths.State, !options.NoWait, options.Waiting, cancellationToken);
        // Checked again: the build waited for may have changed the output folder.
        CheckOutput(paths);
        // Findings of this run only (ingest, the state), apart from the findings the state keeps for the next build.
        var transient = new DiagnosticBag();
        var diagnostics = new DiagnosticBag();
        // The last build's state and the ingest cache are only read: they are read while the configuration is loaded.
        var loading = options.NoCache ? null : Background.Start(() => BuildStateFile.Load(paths.State, paths.Output, transient, paths.Display));
        var loadingCache = options.Force ? null : Background.Start(() => IngestCache.Load(paths.State));
        // The previous output is listed once, with each file's length and time, while the build reads its inputs (from the
        // last build's snapshot of it while its folders still have the snapshot's times): after a commit an interrupted
        // build left is finished, so that it is listed as the last build left it.
        StagedOutput.RecoverInterrupted(paths.Output);
        var listing = Background.Start(() => OutputListing.Read(paths.Output, OutputSnapshot.Load(paths.State, paths.Output)));
        var config = LoadConfig(paths);

        var seeds = IngestStage.FindSeeds(paths.Seeds);
        progress?.Report(new BuildProgress(BuildStage.Ingest, 0, seeds.Count));
        var cache = loadingCache is null ? null : await loadingCache;
        // --no-cache reads every seed again, and leaves what it read for the next build.
        if (options.NoCache && cache is not null) foreach (var seed in seeds) cache.Forget(paths.Display(seed));
        times.Measure(BuildStage.Ingest, () =>
            IngestStage.Run(seeds, paths.Content, paths.Display, options.Force, options.EffectiveJobs, transient, cache));

        progress?.Report(new BuildProgress(BuildStage.Content, 0, null));
        // content/ is listed once, after ingest wrote into it and while the last state may still be loading: the content
        // stage takes its files and their stamps from the listing, and the fingerprint the list of every file.
        var contentFiles = times.Measure(BuildStage.Content, () => ContentListing.Read(paths.Content));
        var previous = loading is null ? null : await loading;
        // Each content file is read and hashed once: a file whose bytes the last build parsed is not parsed again,
        // and the fingerprint takes the hashes of the bytes that were read.
        var parses = new ContentParses(previous?.Parses);
        var site = times.Measure(BuildStage.Content, () => ContentReader.Read(paths.Content, diagnostics, parses: parses, listing: contentFiles));
        var inputs = times.Measure(BuildStage.Content, () =>
            InputFingerprint.Compute(paths, $"search={!options.NoSearch}\nbase_url={options.BaseUrl}\nshard={options.Shard}", config.PageSettings, parses.Hashes, options.EffectiveJobs, contentFiles));
        // Merged shards are read from their folders, which the fingerprint does not cover: a merge is never up to date.
        if (options.MergeFrom.Count > 0) previous = previous is null ? null : previous with { Inputs = "" };
        if (previous is not null && previous.Inputs == inputs.Hash && times.Measure(BuildStage.Publish, () => IncrementalBuild.OutputIntact(previous, listing.GetAwaiter().GetResult())))
        {
            return UpToDate(previous, seeds.Count, transient, paths, times) with { Parsed = parses.ParsedCount };
        }

        var plan = times.Measure(BuildStage.Render, () => new SiteRenderer(config, paths.Root).Plan(site));
        var staticFiles = GithubPagesFiles.For(config).Append(OutputFolderGuard.Marker()).ToList();
        var known = plan.Paths.Concat(staticFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        var validation = ValidationOptions.FromBaseUrl(config.BaseUrl, known, paths.Display(paths.Output));
        var validator = new SiteValidator(validation);

        // Files whose bytes did not change stay in place and only new bytes are moved in, unless the search index
        // is built: Pagefind reads the whole site from the staging folder.
        var searched = !options.NoSearch && options.Shard is null;
        using var output = StagedOutput.Begin(paths.Output, inPlace: !searched, listing);
        var context = ValidationContext(config, plan, staticFiles.Select(f => f.Path), paths);
        var links = LinkContext.Compare(previous, context, config.BaseUrl, paths.Display(paths.Output), known);
        var incremental = new IncrementalBuild(previous, inputs, context, links, output, plan);
        var flow = new PageFlow(validator, output, diagnostics, times, incremental);
        var done = 0;
        var units = plan.RenderUnits(diagnostics, incremental).Append(new RenderUnit(null, () => staticFiles));
        if (options.Shard is { } shard) units = units.Where(u => u.Issue is { } issue && shard.Holds(issue, plan.IssueCount));
        if (options.MergeFrom.Count > 0) units = units.Where(u => u.Issue is null).Concat(ShardMerge.Units(options.MergeFrom, paths, known));
        await flow.RunAsync(units.Select(u => u.Files), options.EffectiveJobs,
            progress is null ? null : file => progress.Report(new BuildProgress(BuildStage.Render, Interlocked.Increment(ref done), known.Count, file.Path)),
            cancellationToken);
        times.Measure(BuildStage.Validate, () => { diagnostics.AddRange(validator.Complete()); return 0; });
        if (options.MergeFrom.Count > 0) ShardMerge.ReportMissing(known, output.WrittenPaths, paths, diagnostics);

        if (!options.NoSearch && options.Shard is null && !diagnostics.HasErrors && !transient.HasErrors)
        {
            await IndexSearchAsync(paths, output.StagingDirectory, diagnostics, cancellationToken);
        }

        var kept = diagnostics.Sorted();
        transient.AddRange(kept);
        var findings = transient.Sorted(options.Strict);
        new ValidationReport(findings).WriteJson(Path.Combine(paths.State, ReportFileName), paths.Output);
        var publish = !findings.Any(d => d.IsError);
        var issueCount = site.Issues.Count;
        var articleCount = site.Issues.Sum(i => i.Articles.Count);
        if (publish)
        {
            progress?.Report(new BuildProgress(BuildStage.Publish, flow.Written, flow.Written));
            times.Measure(BuildStage.Publish, () =>
            {
                BuildStateFile.SaveAfter(paths.State, incremental.Result(kept, issueCount, articleCount, parses.Current), () => Commit(output, paths), previous);
                return 0;
            });
        }

        return new BuildResult(findings, seeds.Count, issueCount, articleCount, flow.Written, publish)
        {
            Timings = times.Totals,
            Parsed = parses.ParsedCount,
            ReusedIssues = incremental.ReusedUnitCount,
            ReusedNames = incremental.ReusedNameCount,
            Rendered = incremental.RenderedCount,
            Written = incremental.WrittenCount,
        };
    }

    /// <summary>
    /// Puts the output in place and leaves its new snapshot (while the state is written on another thread); the last
    /// snapshot goes first, since the output is about to change.
    /// </summary>
    private static void Commit(StagedOutput output, SitePaths paths)
    {
        try
        {
            OutputSnapshot.Forget(paths.State);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A snapshot left behind no longer matches the folders' times once the commit changes them.
        }

        output.Commit();
        SaveSnapshot(output, paths);
    }

    /// <summary>Leaves the snapshot of the output as this build left it for the next build; one that cannot be written only makes that build list the output.</summary>
    private static void SaveSnapshot(StagedOutput output, SitePaths paths)
    {
        try
        {
            output.Snapshot()?.Save(paths.State);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Listed whole next time.
        }
    }

    /// <summary>
    /// Refuses, before anything is written, an output folder the build may not replace (see <see cref="OutputFolderGuard"/>);
    /// every command that builds goes through here.
    /// </summary>
    /// <exception cref="UsageException">The output folder is refused.</exception>
    public void CheckOutput() => CheckOutput(SitePaths.For(options.Root, options.Output));

    private void CheckOutput(SitePaths paths) => OutputFolderGuard.EnsureReplaceable(paths.Root, paths.Output, options.Force);
    /// <summary>Nothing that the build reads changed and the output is as the last build left it: nothing is rendered or written.</summary>
    private BuildResult UpToDate(BuildState previous, int seedCount, DiagnosticBag transient, SitePaths paths, StageTimes times)
    {
        transient.AddRange(previous.Findings);
        var findings = transient.Sorted(options.Strict);
        new ValidationReport(findings).WriteJson(Path.Combine(paths.State, ReportFileName), paths.Output);
        return new BuildResult(findings, seedCount, previous.IssueCount, previous.ArticleCount, previous.Files.Count, !findings.Any(d => d.IsError))
        {
            Timings = times.Totals,
            UpToDate = true,
        };
    }

    /// <summary>What checking a page depends on besides its bytes (see <see cref="LinkContext"/>).</summary>
    /// <param name="others">Paths of the site besides the plan's (which are sorted already): merged into them, not sorted again with them.</param>
    private static string ValidationContext(EditionConfig config, RenderPlan plan, IEnumerable<string> others, SitePaths paths)
    {
        var extra = others.Where(p => !plan.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return LinkContext.Of(config.BaseUrl, paths.Display(paths.Output), Merged(plan.Paths, extra));
    }

    private static IEnumerable<string> Merged(IReadOnlyList<string> sorted, List<string> extra)
    {
        var next = 0;
        foreach (var path in sorted)
        {
            for (; next < extra.Count && string.CompareOrdinal(extra[next], path) < 0; next++) yield return extra[next];
            yield return path;
        }

        for (; next < extra.Count; next++) yield return extra[next];
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
        if (options.BaseUrl is null) return config;
        if (EditionConfigLoader.BaseUrlProblem(options.BaseUrl) is { } problem) throw new UsageException($"--base-url: {problem}.");
        return config with { BaseUrl = options.BaseUrl };
    }
}
