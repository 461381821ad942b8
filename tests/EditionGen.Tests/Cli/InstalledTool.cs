using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using EditionGen.Cli;
using EditionGen.Tests.Build;

namespace EditionGen.Tests.Cli;

/// <summary>
/// The <c>editiongen</c> tool as a publisher gets it: this repository's command-line project packed into a
/// package and installed with <c>dotnet tool install --tool-path</c> from that package alone, with a
/// package cache of its own so that no package from an earlier run can stand in for it.
/// </summary>
public sealed class InstalledTool
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _home;

    private InstalledTool(string home, string executable, string package, ProcessResult pack)
    {
        _home = home;
        Executable = executable;
        Package = package;
        Pack = pack;
    }

    public string Executable { get; }

    /// <summary>The package file the tool was installed from.</summary>
    public string Package { get; }

    /// <summary>What <c>dotnet pack</c> printed.</summary>
    public ProcessResult Pack { get; }

    /// <summary>The package folder, the installed tool and the package cache are made inside <paramref name="home"/>.</summary>
    public static InstalledTool Install(string home)
    {
        var packages = Path.Combine(home, "nupkg");
        var tools = Path.Combine(home, "tools");
        // The tests were built with the tool's project, so it is packed from that build rather than compiled again.
        var configuration = typeof(InstalledTool).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(SampleEdition.RepositoryRoot, "src", "EditionGen.Cli");
        var pack = Run(home, home, "dotnet", "pack", project, "-c", configuration, "--no-build", "-o", packages);
        Require(pack);

        var config = Path.Combine(home, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        Require(Run(home, home, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages,
            "EditionGen.Cli", "--version", ToolVersion.Package));
        return new InstalledTool(home, Path.Combine(tools, "editiongen"), Path.Combine(packages, $"EditionGen.Cli.{ToolVersion.Package}.nupkg"), pack);
    }

    /// <summary>Runs the installed tool in a folder and waits for it to end.</summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments) => Run(_home, workingDirectory, Executable, arguments);

    /// <summary>Starts the installed tool for a command that runs until stopped, such as <c>serve</c>.</summary>
    public Process Start(string workingDirectory, params string[] arguments)
    {
        var start = StartInfo(_home, workingDirectory, Executable, arguments);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Require(ProcessResult result) =>
        Assert.True(result.ExitCode == 0, $"{result.Command} exited with {result.ExitCode}:\n{result.Out}\n{result.Error}");

    private static ProcessResult Run(string home, string workingDirectory, string program, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(home, workingDirectory, program, arguments))!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return new ProcessResult($"{Path.GetFileName(program)} {string.Join(' ', arguments)}", process.ExitCode, output.ToString(), error.ToString());
    }

    private static ProcessStartInfo StartInfo(string home, string workingDirectory, string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(home, "nuget-packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The installed tool's launcher finds the runtime the tests run on.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return start;
    }
}
