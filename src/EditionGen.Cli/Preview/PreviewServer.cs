using System.Net;
using System.Text;
using EditionGen.Build;
using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Render;

namespace EditionGen.Cli.Preview;

/// <summary>
/// <c>editiongen serve</c>: builds the edition, serves it on 127.0.0.1 under its base path,
/// rebuilds when a watched file changes and reloads open pages through server-sent events.
/// A failed rebuild keeps serving the last good site with the errors shown on the page.
/// </summary>
public sealed partial class PreviewServer : IDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly HttpListener _listener = new();
    private readonly SitePaths _paths;
    private readonly string _basePath;
    private readonly Lock _gate = new();
    private TaskCompletionSource _rebuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string> _errors = [];

    public PreviewServer(BuildOptions options, int port, TextWriter log)
    {
        // A rebuild that has to wait for a build started beside the preview says so in the log.
        _options = options with { Waiting = options.Waiting ?? log.WriteLine };
        _log = log;
        _paths = SitePaths.For(options.Root, options.Output);
        var config = EditionConfigLoader.Load(_paths.Root);
        // Served under the same path the built links use, from the one place that derives it.
        _basePath = new UrlBuilder(config with { BaseUrl = options.BaseUrl ?? config.BaseUrl }).BasePath;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}{_basePath}");

    /// <summary>How many builds have finished, good or bad.</summary>
    public int Builds { get; private set; }

    /// <summary>Serves until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        new BuildPipeline(_options).CheckOutput();
        Directory.CreateDirectory(_paths.Content);
        using var watcher = new SiteWatcher(_paths.Root);
        _listener.Start();
        using var stop = cancellationToken.Register(() => _listener.Stop());
        var serving = ServeAsync(cancellationToken);

        Rebuild();
        // Taken after the build, so the content files it ingested do not count as a change.
        var fingerprint = watcher.Fingerprint();
        _log.WriteLine($"Serving {_paths.Display(_paths.Output)}/ at {Address} — press Ctrl+C to stop.");
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await watcher.WaitForChangeAsync(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var now = watcher.Fingerprint();
            if (now == fingerprint) continue;
            Rebuild();
            fingerprint = watcher.Fingerprint();
        }

        await serving;
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private void Rebuild()
    {
        BuildResult result;
        try
        {
            result = new BuildPipeline(_options).Run();
        }
        catch (EditionGenException e)
        {
            result = new BuildResult(e.Diagnostics, 0, 0, 0, 0, Published: false);
        }

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        foreach (var error in errors) _log.WriteLine(error);
        _log.WriteLine(result.Succeeded ? $"Rebuilt: {result.ArticleCount} articles, {result.FileCount} files." : $"Build failed with {errors.Count} error(s).");
        lock (_gate)
        {
            _errors = errors;
            Builds++;
            var done = _rebuilt;
            _rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done.SetResult();
        }
    }
}
