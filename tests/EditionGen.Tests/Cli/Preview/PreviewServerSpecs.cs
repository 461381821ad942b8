using EditionGen.Build;
using EditionGen.Cli.Commands;
using EditionGen.Cli.Preview;
using EditionGen.Tests.Build;

namespace EditionGen.Tests.Cli.Preview;

public sealed class PreviewServerSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        _http.Dispose();
        _edition.Dispose();
    }

    [Fact]
    public async Task Editing_a_content_file_changes_the_served_page()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var server = new PreviewServer(new BuildOptions { Root = _edition.Root, NoSearch = true, BaseUrl = "http://127.0.0.1/repo/" }, ServeCommand.FreePort(), TextWriter.Null);
        var running = server.RunAsync(stop.Token);
        await WaitUntil(() => server.Builds >= 1, stop.Token);
        var article = new Uri(server.Address, "2023/05/30/01/01/");
        var before = await _http.GetStringAsync(article, stop.Token);
        Assert.Contains("天山南北奏响高质量发展", before);
        Assert.Contains("EventSource", before);

        var file = _edition.PathOf("content/2023/05/30/01-01.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, stop.Token)).Replace("在霍城县三官乡", "在预览里改过的霍城县三官乡"), stop.Token);
        await WaitUntil(() => server.Builds >= 2, stop.Token);
        var after = await _http.GetStringAsync(article, stop.Token);

        Assert.Contains("在预览里改过的霍城县三官乡", after);
        Assert.DoesNotContain("EventSource", File.ReadAllText(Path.Combine(_edition.Output, "2023", "05", "30", "01", "01", "index.html")));
        stop.Cancel();
        await running;
    }

    [Fact]
    public async Task Pages_outside_the_base_path_are_not_served()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var server = new PreviewServer(new BuildOptions { Root = _edition.Root, NoSearch = true, BaseUrl = "/repo/" }, ServeCommand.FreePort(), TextWriter.Null);
        var running = server.RunAsync(stop.Token);
        await WaitUntil(() => server.Builds >= 1, stop.Token);

        var response = await _http.GetAsync($"http://127.0.0.1:{server.Port}/2023/05/30/", stop.Token);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        stop.Cancel();
        await running;
    }

    private static async Task WaitUntil(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition()) await Task.Delay(100, cancellationToken);
    }
}
