using EditionGen.Build;
using EditionGen.Cli.Commands;
using EditionGen.Cli.Preview;
using EditionGen.Tests.Build;

namespace EditionGen.Tests.Browser;

/// <summary>The sample edition built and served by the preview server on 127.0.0.1 under <c>/repo/</c>.</summary>
public sealed class ServedSample : IAsyncDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();
    private readonly CancellationTokenSource _stop = new();
    private readonly PreviewServer _server;
    private readonly Task _running;

    private ServedSample(bool search)
    {
        _server = new PreviewServer(new BuildOptions { Root = _edition.Root, NoSearch = !search, BaseUrl = "/repo/" }, ServeCommand.FreePort(), TextWriter.Null);
        _running = _server.RunAsync(_stop.Token);
    }

    public Uri Address => _server.Address;

    public string Root => _edition.Root;

    public static async Task<ServedSample> StartAsync(bool search)
    {
        var served = new ServedSample(search);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (served._server.Builds < 1) await Task.Delay(100, timeout.Token);
        return served;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _server.Dispose();
        _stop.Dispose();
        _edition.Dispose();
    }
}
