using System.Diagnostics;
using System.Text.Json;
using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

/// <summary>An independent cross-check of the built sample by the W3C Nu HTML Checker (vnu.jar, run with Java).</summary>
public sealed class NuHtmlCheckerSpecs : IDisposable
{
    private static readonly string VnuJar = Path.Combine(SampleEdition.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    [SkippableFact]
    public void The_nu_html_checker_finds_no_error_in_the_built_sample()
    {
        var java = ExternalTool.Find("java");
        ExternalTool.Require(java is not null, "Java is not installed, so the Nu HTML Checker cannot run.");
        ExternalTool.Require(File.Exists(VnuJar), "vnu.jar is missing; run 'npm ci' in the repository.");
        var build = CliRun.Of("build", "--root", _edition.Root, "--no-search");
        Assert.True(build.ExitCode == 0, build.Error);

        var start = new ProcessStartInfo(java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", _edition.Output }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;

        Assert.True(report.TrimStart().StartsWith('{'), $"the Nu HTML Checker did not report JSON (exit code {process.ExitCode}): {report}");
        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
