using System.Net;
using System.Text;

namespace EditionGen.Cli.Preview;

/// <summary>How the preview answers requests: files of the built site, the reload events, and errors.</summary>
public sealed partial class PreviewServer
{
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
}
