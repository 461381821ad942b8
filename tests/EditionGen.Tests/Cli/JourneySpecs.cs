using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using EditionGen.Cli.Commands;
using EditionGen.Tests.Browser;
using EditionGen.Tests.Build;
using EditionGen.Tests.Support;
using Microsoft.Playwright;

namespace EditionGen.Tests.Cli;

/// <summary>
/// A publisher's first day with the installed tool, as the README's "Start a new edition" tells it: pack and
/// install the tool, start an edition, add a seed, build it with search, preview it and deploy it.
/// </summary>
public sealed class JourneySpecs : IDisposable
{
    private static readonly TimeSpan ServeTimeout = TimeSpan.FromSeconds(90);
    private readonly TempDir _home = new();

    public void Dispose() => _home.Dispose();

    [SkippableFact]
    public async Task A_publisher_installs_the_tool_starts_an_edition_and_builds_previews_and_deploys_it_with_search()
    {
        ExternalTool.Require(ExternalTool.Find("node") is not null && ExternalTool.Find("npm") is not null,
            "Node.js and npm are not installed, so the new edition cannot restore Pagefind for its search index.");
        ExternalTool.Require(ExternalTool.Find("git") is not null, "git is not installed, so the edition cannot be deployed.");
        HeadlessChromium.Require();
        var tool = InstalledTool.Install(_home.Path);
        PackageExplainsItself(tool);

        // editiongen new mypaper --title 测试报, then a seed into seeds/.
        var edition = _home["mypaper"];
        Succeeds(tool.Run(_home.Path, "new", "mypaper", "--title", "测试报"));
        File.Copy(Path.Combine(SampleEdition.RepositoryRoot, "seeds", SampleEdition.SampleSeed), Path.Combine(edition, "seeds", SampleEdition.SampleSeed));

        var workflow = PagesWorkflow.Read(Path.Combine(edition, ".github", "workflows", "pages.yml"));
        Assert.Contains("actions/configure-pages@v5", workflow.Uses);
        Assert.Contains("actions/upload-pages-artifact@v3", workflow.Uses);
        Assert.Contains("actions/deploy-pages@v4", workflow.Uses);

        // editiongen build: restores the pinned Pagefind and indexes the site.
        var build = Succeeds(tool.Run(edition, "build"));
        Assert.DoesNotContain("EG0580", build.Error);
        Assert.True(File.Exists(Path.Combine(edition, "site-output", "pagefind", "pagefind.js")), "the build wrote no search index");

        await FindsInChromiumAsync(tool, edition, "甜叶菊", "天山南北奏响高质量发展“变奏曲”");
        await AnswersAsync(tool, edition, "serve", "--no-search", "--output", "preview-output");

        // editiongen deploy to a bare repository: builds, then commits the site to gh-pages.
        var remote = _home["remote.git"];
        Succeeds(Git(_home.Path, "init", "--quiet", "--bare", remote));
        Succeeds(tool.Run(edition, "deploy", "--remote", remote));
        var published = Succeeds(Git(remote, "ls-tree", "-r", "--name-only", "gh-pages")).Out.Split('\n');
        Assert.Contains("index.html", published);
        Assert.Contains(".nojekyll", published);
        Assert.Contains("pagefind/pagefind.js", published);
    }

    /// <summary>The package carries what a feed shows on the tool's page, and packing it warns about nothing.</summary>
    private static void PackageExplainsItself(InstalledTool tool)
    {
        Assert.DoesNotContain("warning", tool.Pack.Out + tool.Pack.Error, StringComparison.OrdinalIgnoreCase);
        using var package = ZipFile.OpenRead(tool.Package);
        Assert.NotNull(package.GetEntry("README.md"));
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("MIT", Value("license"));
        Assert.Contains("newspaper", Value("tags"));
        Assert.StartsWith("https://", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value);
    }

    private async Task FindsInChromiumAsync(InstalledTool tool, string edition, string phrase, string headline)
    {
        var port = ServeCommand.FreePort();
        using var serve = tool.Start(edition, "serve", "--port", port.ToString());
        try
        {
            var address = new Uri($"http://127.0.0.1:{port}/");
            await WaitUntilAnsweredAsync(address, serve);
            await using var chromium = await HeadlessChromium.LaunchAsync();
            var page = await chromium.NewPageAsync();
            await page.GotoAsync(new Uri(address, "search/?q=" + Uri.EscapeDataString(phrase)).AbsoluteUri);
            await page.Locator(".search-results a", new PageLocatorOptions { HasText = headline }).First.WaitForAsync();
        }
        finally
        {
            Stop(serve);
        }
    }

    private async Task AnswersAsync(InstalledTool tool, string edition, params string[] arguments)
    {
        var port = ServeCommand.FreePort();
        using var serve = tool.Start(edition, [.. arguments, "--port", port.ToString()]);
        try
        {
            var page = await WaitUntilAnsweredAsync(new Uri($"http://127.0.0.1:{port}/"), serve);
            Assert.Contains("测试报", page);
        }
        finally
        {
            Stop(serve);
        }
    }

    /// <summary>The home page once the preview answers; fails when the server ends or does not answer in time.</summary>
    private static async Task<string> WaitUntilAnsweredAsync(Uri address, Process serve)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ServeTimeout)
        {
            Assert.False(serve.HasExited, $"serve ended with {(serve.HasExited ? serve.ExitCode : 0)} before it answered.");
            try
            {
                using var response = await http.GetAsync(address);
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the first build is still running.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"serve did not answer at {address} within {ServeTimeout.TotalSeconds:0} s.");
        return "";
    }

    private static void Stop(Process serve)
    {
        if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        serve.WaitForExit();
    }

    private ProcessResult Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult("git " + string.Join(' ', arguments), process.ExitCode, output.Result, error);
    }

    private static ProcessResult Succeeds(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"{result.Command} exited with {result.ExitCode}:\n{result.Out}\n{result.Error}");
        return result;
    }
}
