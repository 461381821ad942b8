using EditionGen.Diagnostics;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Writing;
using EditionGen.Model;

namespace EditionGen.Ingest;

/// <summary>
/// Seeds to <c>content/</c>: decode, parse and write each seed. A bad seed is reported
/// and skipped; the good seeds of the same run still go through.
/// </summary>
public static class IngestStage
{
    public const string SeedPattern = "*.txt";

    /// <summary>The seeds of a folder in a stable order.</summary>
    public static IReadOnlyList<string> FindSeeds(string seedsFolder)
    {
        ArgumentNullException.ThrowIfNull(seedsFolder);
        if (!Directory.Exists(seedsFolder)) return [];
        return Directory.EnumerateFiles(seedsFolder, SeedPattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads one seed into an issue, or reports why it cannot be read and returns null.
    /// The parser's warnings are reported at their seed lines.
    /// </summary>
    public static Issue? Parse(string seedPath, string displayPath, DiagnosticBag diagnostics, bool requireDate = true)
    {
        ArgumentNullException.ThrowIfNull(seedPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            text = SeedDecoder.Read(seedPath);
        }
        catch (InputException e)
        {
            diagnostics.Add(e.Diagnostic with { Location = e.Diagnostic.Location with { Path = displayPath } });
            return null;
        }

        var issue = IssueParser.Parse(text, Path.GetFileName(seedPath));
        foreach (var warning in issue.Warnings)
        {
            diagnostics.Warning(warning.Code, new SourceLocation(displayPath, warning.Line, 1), warning.Message);
        }

        if (requireDate && issue.Date is null)
        {
            diagnostics.Error(DiagnosticCodes.SeedHasNoDate, new SourceLocation(displayPath, 1, 1),
                "the masthead has no date, so the issue has no place in the edition. " +
                "Add the date line at the top of the seed, for example 2023年5月30日.");
            return null;
        }

        return issue;
    }

    /// <summary>Ingests the given seeds in parallel; returns the issues whose content was written.</summary>
    public static IReadOnlyList<Issue> Run(
        IReadOnlyList<string> seeds,
        string contentRoot,
        Func<string, string> display,
        bool force,
        int jobs,
        DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(display);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };

        var parsed = new Issue?[seeds.Count];
        Parallel.For(0, seeds.Count, parallel, i => parsed[i] = Parse(seeds[i], display(seeds[i]), diagnostics));

        var accepted = RefuseSecondIssuesOfADay(seeds, parsed, display, diagnostics);
        var written = new Issue?[accepted.Count];
        var writeOptions = new ContentWriteOptions { Force = force, DisplayRoot = display(contentRoot) };
        Parallel.For(0, accepted.Count, parallel, i =>
        {
            var result = ContentWriter.Write(accepted[i], contentRoot, writeOptions);
            diagnostics.AddRange(result.Diagnostics);
            if (!result.Diagnostics.Any(d => d.IsError)) written[i] = accepted[i];
        });
        return written.OfType<Issue>().ToList();
    }

    // Two seeds of one date would write the same content folder; the first (in seed order) wins.
    private static List<Issue> RefuseSecondIssuesOfADay(
        IReadOnlyList<string> seeds, Issue?[] parsed, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var firstOfDay = new Dictionary<DateOnly, int>();
        var accepted = new List<Issue>();
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i] is not { Date: { } date } issue) continue;
            if (firstOfDay.TryGetValue(date, out var first))
            {
                diagnostics.Error(DiagnosticCodes.SeedDuplicateDate, new SourceLocation(display(seeds[i]), 1, 1),
                    $"this seed is dated {date:yyyy-MM-dd} like {display(seeds[first])}; an edition has one issue a day. " +
                    "Remove one of the two seeds or correct its date line.");
                continue;
            }

            firstOfDay[date] = i;
            accepted.Add(issue);
        }

        return accepted;
    }
}
