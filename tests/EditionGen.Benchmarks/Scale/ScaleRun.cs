using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EditionGen.Benchmarks.Build;

namespace EditionGen.Benchmarks.Scale;

/// <summary>
/// Builds an archive of sample-shaped issues the way a publisher would, each step in its own process:
/// ingest, a full build without cache, a second build with nothing changed, a build after one article
/// was edited, and a build after the next day's issue was added. Prints each step's time, stage times,
/// pages per second, peak memory, and how many content and output files each rebuild rewrote.
/// Run: dotnet run -c Release --project tests/EditionGen.Benchmarks -- scale --issues 365 [--jobs N] [--root DIR]
/// </summary>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        var issues = Option(args, "--issues") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 365;
        var jobs = Option(args, "--jobs") ?? "0";
        var keep = Option(args, "--root");
        var root = keep ?? Directory.CreateTempSubdirectory("editiongen-scale-").FullName;
        try
        {
            var generate = Stopwatch.StartNew();
            SampleShapedArchive.CreateEdition(issues, root);
            Console.WriteLine($"generated {issues} issues in {root} ({generate.Elapsed.TotalSeconds:0.0} s)");

            var ingest = Measure("ingest", root, "--jobs", jobs);
            Print("ingest", ingest);
            var full = Measure("build", root, "--no-cache", "--jobs", jobs);
            Print("full build (--no-cache)", full);

            var content = Snapshot(Path.Combine(root, "content"));
            var output = Snapshot(Path.Combine(root, "site-output"));
            var again = Measure("build", root, "--jobs", jobs);
            Print("nothing changed", again);
            Console.WriteLine($"  content files rewritten: {Changed(content, Path.Combine(root, "content"))}, output files rewritten: {Changed(output, Path.Combine(root, "site-output"))}");
            Ratio(again, full);

            var edited = EditOneArticle(Path.Combine(root, "content"));
            output = Snapshot(Path.Combine(root, "site-output"));
            var one = Measure("build", root, "--jobs", jobs);
            Print($"one article edited ({edited})", one);
            Console.WriteLine($"  output files rewritten: {Changed(output, Path.Combine(root, "site-output"))}");
            Ratio(one, full);

            var added = SampleShapedArchive.AddIssue(root, issues);
            output = Snapshot(Path.Combine(root, "site-output"));
            var next = Measure("build", root, "--jobs", jobs);
            Print($"the next day's issue added ({added})", next);
            Console.WriteLine($"  files rendered: {next.GetProperty("rendered").GetInt32()}, issues taken whole: {next.GetProperty("reused_issues").GetInt32()}, output files rewritten: {Changed(output, Path.Combine(root, "site-output"))}");
            Ratio(next, full);
            return 0;
        }
        finally
        {
            if (keep is null) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs <see cref="MeasuredRun"/> in a new process of this program.</summary>
    public static JsonElement Measure(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.ArgumentList.Add("measure");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"measure {string.Join(' ', arguments)} printed nothing");
        return JsonDocument.Parse(line).RootElement;
    }

    public static void Print(string step, JsonElement run)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{step}: {run.GetProperty("wall_s").GetDouble():0.00} s wall, ");
        text.Append(CultureInfo.InvariantCulture, $"{run.GetProperty("cpu_user_s").GetDouble():0.0} s user, {run.GetProperty("cpu_system_s").GetDouble():0.0} s system, ");
        text.Append(CultureInfo.InvariantCulture, $"peak {run.GetProperty("peak_mib").GetDouble():0} MiB");
        if (run.TryGetProperty("files", out var files))
        {
            var wall = run.GetProperty("wall_s").GetDouble();
            text.Append(CultureInfo.InvariantCulture, $", {run.GetProperty("articles").GetInt32()} articles, {files.GetInt32()} files ({files.GetInt32() / wall:0} a second)");
            text.Append(CultureInfo.InvariantCulture, $", errors {run.GetProperty("errors").GetInt32()}, warnings {run.GetProperty("warnings").GetInt32()}");
            text.Append("\n  stages (summed over threads): ");
            text.AppendJoin(", ", run.GetProperty("stages").EnumerateObject().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Value.GetDouble():0.00} s")));
            if (run.GetProperty("first_error").ValueKind == JsonValueKind.String) text.Append("\n  first error: ").Append(run.GetProperty("first_error").GetString());
        }

        Console.WriteLine(text);
    }

    private static void Ratio(JsonElement run, JsonElement full) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {run.GetProperty("wall_s").GetDouble() / full.GetProperty("wall_s").GetDouble() * 100:0.0} % of the full build"));

    /// <summary>Changes one word in the body of an article in the middle of the archive, as an editor would.</summary>
    private static string EditOneArticle(string content)
    {
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var file = files[files.Count / 2];
        var text = File.ReadAllText(file);
        var body = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(file, text[..body] + "\n编辑改过的一句。\n" + text[body..]);
        return Path.GetRelativePath(content, file);
    }

    private static Dictionary<string, (long Length, DateTime Written)> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => { var info = new FileInfo(f); return (info.Length, info.LastWriteTimeUtc); }, StringComparer.Ordinal)
            : [];

    /// <summary>Files that are new or were written since the snapshot.</summary>
    private static int Changed(Dictionary<string, (long Length, DateTime Written)> before, string folder) =>
        Snapshot(folder).Count(now => !before.TryGetValue(now.Key, out var was) || was != now.Value);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
