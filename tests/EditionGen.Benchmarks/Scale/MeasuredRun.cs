using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EditionGen.Build;
using EditionGen.Diagnostics;
using EditionGen.Ingest;

namespace EditionGen.Benchmarks.Scale;

/// <summary>
/// One ingest or build in a process of its own, so that its peak memory is its own: prints one JSON line
/// with the wall-clock time, the stage times, the files written and the peak resident set.
/// <c>measure ingest ROOT [--jobs N]</c> or <c>measure build ROOT [--no-cache] [--jobs N] [--output DIR]</c>.
/// </summary>
public static class MeasuredRun
{
    public static int Run(string[] args)
    {
        var what = args[0];
        var root = args[1];
        var jobs = Option(args, "--jobs") is { } j ? int.Parse(j, CultureInfo.InvariantCulture) : 0;
        var start = Stopwatch.GetTimestamp();
        var report = new Dictionary<string, object?>();
        if (what == "ingest")
        {
            var paths = SitePaths.For(root);
            var diagnostics = new DiagnosticBag();
            var issues = IngestStage.Run(IngestStage.FindSeeds(paths.Seeds), paths.Content, paths.Display, force: false,
                jobs > 0 ? jobs : Environment.ProcessorCount, diagnostics);
            report["issues"] = issues.Count;
            report["errors"] = diagnostics.Sorted(false).Count(d => d.IsError);
        }
        else
        {
            var result = new BuildPipeline(new BuildOptions
            {
                Root = root,
                Output = Option(args, "--output"),
                NoCache = args.Contains("--no-cache"),
                NoSearch = true,
                Jobs = jobs,
            }).Run();
            report["issues"] = result.IssueCount;
            report["articles"] = result.ArticleCount;
            report["files"] = result.FileCount;
            report["parsed"] = result.Parsed;
            report["reused_issues"] = result.ReusedIssues;
            report["reused_names"] = result.ReusedNames;
            report["rendered"] = result.Rendered;
            report["published"] = result.Published;
            report["errors"] = result.ErrorCount;
            report["warnings"] = result.WarningCount;
            report["first_error"] = result.Diagnostics.FirstOrDefault(d => d.IsError)?.ToString();
            report["stages"] = result.Timings.ToDictionary(t => t.Key.ToString().ToLowerInvariant(), t => Math.Round(t.Value.TotalSeconds, 3));
        }

        report["wall_s"] = Math.Round(Stopwatch.GetElapsedTime(start).TotalSeconds, 3);
        using var self = Process.GetCurrentProcess();
        report["cpu_user_s"] = Math.Round(self.UserProcessorTime.TotalSeconds, 2);
        report["cpu_system_s"] = Math.Round(self.PrivilegedProcessorTime.TotalSeconds, 2);
        // What the collector did: collections of each generation, the time it held the build, what was allocated.
        report["gc"] = new Dictionary<string, object>
        {
            ["gen0"] = GC.CollectionCount(0),
            ["gen1"] = GC.CollectionCount(1),
            ["gen2"] = GC.CollectionCount(2),
            ["pause_s"] = Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 3),
            ["allocated_mib"] = Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0, 1),
        };
        report["peak_mib"] = PeakResidentMiB();
        Console.WriteLine(JsonSerializer.Serialize(report));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The process's peak resident set (VmHWM), which is what <c>/usr/bin/time -f %M</c> reports.</summary>
    private static double PeakResidentMiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return Math.Round(kb / 1024.0, 1);
            }
        }

        return double.NaN;
    }
}
