using System.Net;
using System.Text;
using EditionGen.Build;
using EditionGen.Configuration;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Preview;

/// <summary>
/// <c>editiongen serve</c>: builds the edition, serves it on 127.0.0.1 under its base path,
/// rebuilds when a watched file changes and reloads open pages through server-sent events.
/// A failed rebuild keeps serving the last good site with the errors shown on the page.
/// </summary>
public sealed class PreviewServer : IDisposable
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
        _options = options;
        _log = log;
        _paths = SitePaths.For(options.Root, options.Output);
        var baseUrl = options.BaseUrl ?? EditionConfigLoader.Load(_paths.Root).BaseUrl;
        _basePath = BasePathOf(baseUrl);
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

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        var open = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }

            open.RemoveAll(t => t.IsCompleted);
            open.Add(Task.Run(() => RespondAsync(context, cancellationToken), CancellationToken.None));
        }

        await Task.WhenAll(open);
    }

    private async Task RespondAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                await WriteAsync(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"The edition is served under {_basePath}"));
                return;
            }

            var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
            if (relative == LiveReload.EventsPath)
            {
                await StreamEventsAsync(response, cancellationToken);
                return;
            }

            await ServeFileAsync(response, relative, path);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The reader closed the page or the server is stopping.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    private async Task ServeFileAsync(HttpListenerResponse response, string relative, string requestPath)
    {
        var output = Path.GetFullPath(_paths.Output);
        var file = Path.GetFullPath(Path.Combine(output, relative));
        if (!file.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file != output)
        {
            await WriteAsync(response, 403, "text/plain; charset=utf-8", "Outside the site."u8.ToArray());
            return;
        }

        if (Directory.Exists(file))
        {
            if (!requestPath.EndsWith('/'))
            {
                response.Redirect(requestPath + "/");
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = 200;
        if (!File.Exists(file))
        {
            status = 404;
            file = Path.Combine(output, "404.html");
            if (!File.Exists(file))
            {
                await WriteAsync(response, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page("Not found", requestPath)));
                return;
            }
        }

        var type = ContentTypes.Of(file);
        var bytes = await File.ReadAllBytesAsync(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            IReadOnlyList<string> errors;
            lock (_gate) errors = _errors;
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), _basePath, errors));
        }

        await WriteAsync(response, status, type, bytes);
    }

    private async Task StreamEventsAsync(HttpListenerResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-cache";
        response.SendChunked = true;
        var stream = response.OutputStream;
        await stream.WriteAsync(": connected\n\n"u8.ToArray(), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            Task next;
            lock (_gate) next = _rebuilt.Task;
            await next.WaitAsync(cancellationToken);
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"event: reload\ndata: {Builds}\n\n"), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static string Page(string title, string text) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>";

    private static string BasePathOf(string baseUrl)
    {
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : baseUrl;
        path = "/" + path.Trim('/');
        return path.EndsWith('/') ? path : path + "/";
    }
}
