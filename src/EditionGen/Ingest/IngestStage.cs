using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Writing;
using EditionGen.Model;
using EditionGen.Threading;

namespace EditionGen.Ingest;

/// <summary>
/// Seeds to <c>content/</c>: decode, parse and write each seed. A bad seed is reported
/// and skipped; the good seeds of the same run still go through. With an <see cref="IngestCache"/>,
/// a seed whose bytes the same parser already read is not parsed again, but its warnings are still reported.
/// </summary>
public static class IngestStage
{
    public const string SeedPattern = "*.txt";

    /// <summary>The seeds of a folder in a stable order.</summary>
    public static IReadOnlyList<string> FindSeeds(string seedsFolder)
    {
        ArgumentNullException.ThrowIfNull(seedsFolder);
        if (!Directory.Exists(seedsFolder)) return [];
        // Folders named like seeds are listed too, so that they are reported instead of passed over in silence.
        return Directory.EnumerateFileSystemEntries(seedsFolder, SeedPattern, SearchOption.AllDirectories)
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
        var bytes = ReadBytes(seedPath, displayPath, diagnostics);
        return bytes is null ? null : Parse(bytes, seedPath, displayPath, diagnostics, requireDate);
    }

    /// <summary>Ingests the given seeds in parallel; returns the issues whose content was written or found unchanged.</summary>
    public static IReadOnlyList<DateOnly> Run(
        IReadOnlyList<string> seeds,
        string contentRoot,
        Func<string, string> display,
        bool force,
        int jobs,
        DiagnosticBag diagnostics,
        IngestCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(display);
        var read = new SeedResult?[seeds.Count];
        ParallelLoop.For(seeds.Count, jobs, i => read[i] = Read(seeds[i], display(seeds[i]), contentRoot, diagnostics, cache));

        var accepted = RefuseSecondIssuesOfADay(seeds, read, display, diagnostics);
        var written = new bool[accepted.Count];
        // Content paths in messages are relative to the folder that holds content/, so a publisher can open
        // content/2023/05/30/01-01.md as printed.
        var writeOptions = new ContentWriteOptions { Force = force, DisplayRoot = Path.GetDirectoryName(Path.GetFullPath(contentRoot)) };
        ParallelLoop.For(accepted.Count, jobs, i =>
        {
            var (key, seed) = accepted[i];
            if (seed.Issue is null)
            {
                written[i] = true;
                return;
            }

            var result = ContentWriter.Write(seed.Issue, contentRoot, writeOptions);
            diagnostics.AddRange(result.Diagnostics);
            if (result.HasErrors)
            {
                cache?.Forget(key);
                return;
            }

            cache?.Remember(key, seed.Hash, seed.Issue, seed.Stamp);
            written[i] = true;
        });
        cache?.Save();
        // An array, filled by hand: a list of dates, or a query over them, is compiled afresh at every start.
        var count = 0;
        foreach (var done in written) count += done ? 1 : 0;
        var dates = new DateOnly[count];
        for (int i = 0, next = 0; i < written.Length; i++)
        {
            if (written[i]) dates[next++] = accepted[i].Seed.Date;
        }

        return dates;
    }

    private static SeedResult? Read(string seedPath, string displayPath, string contentRoot, DiagnosticBag diagnostics, IngestCache? cache)
    {
        // Taken before the bytes are read: a write after this look changes the stamp that is kept with them.
        var now = DateTime.UtcNow;
        var stamp = cache is null ? null : FileStamp.Of(seedPath);
        if (cache?.Find(displayPath, stamp, contentRoot) is { } stamped)
        {
            Report(stamped.Warnings, displayPath, diagnostics);
            return new SeedResult(stamped.Hash, stamped.Date, null, stamp);
        }

        var bytes = ReadBytes(seedPath, displayPath, diagnostics);
        if (bytes is null) return null;
        var hash = IngestCache.Hash(bytes);
        var kept = stamp?.KeptAt(now);
        if (cache?.Find(displayPath, hash, contentRoot) is { } known)
        {
            cache.Restamp(displayPath, kept);
            Report(known.Warnings, displayPath, diagnostics);
            return new SeedResult(hash, known.Date, null, kept);
        }

        var issue = Parse(bytes, seedPath, displayPath, diagnostics, requireDate: true);
        return issue is null ? null : new SeedResult(hash, issue.Date!.Value, issue, kept);
    }

    private static byte[]? ReadBytes(string seedPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return SeedDecoder.ReadBytes(seedPath);
        }
        catch (InputException e)
        {
            diagnostics.Add(Relocate(e.Diagnostic, displayPath));
            return null;
        }
    }

    private static Issue? Parse(byte[] bytes, string seedPath, string displayPath, DiagnosticBag diagnostics, bool requireDate)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            text = SeedDecoder.Decode(bytes, seedPath);
        }
        catch (InputException e)
        {
            diagnostics.Add(Relocate(e.Diagnostic, displayPath));
            return null;
        }

        var issue = IssueParser.Parse(text, Path.GetFileName(seedPath));
        Report(issue.Warnings, displayPath, diagnostics);
        if (requireDate && issue.Date is null)
        {
            diagnostics.Error(DiagnosticCodes.SeedHasNoDate, new SourceLocation(displayPath, 1, 1),
                "the masthead has no date, so the issue has no place in the edition. " +
                "Add the date line at the top of the seed, for example 2023年5月30日, or name the seed by its date, for example 2023-05-30.txt.");
            return null;
        }

        return issue;
    }

    private static void Report(IEnumerable<ParseWarning> warnings, string displayPath, DiagnosticBag diagnostics)
    {
        foreach (var warning in warnings)
        {
            diagnostics.Warning(warning.Code, new SourceLocation(displayPath, warning.Line, 1), warning.Message);
        }
    }

    private static Diagnostic Relocate(Diagnostic diagnostic, string displayPath) =>
        diagnostic with { Location = diagnostic.Location with { Path = displayPath } };

    // Two seeds of one date would write the same content folder; the first (in seed order) wins.
    // Days are keyed by their number: a dictionary keyed by dates would be compiled afresh at every start.
    private static List<AcceptedSeed> RefuseSecondIssuesOfADay(
        IReadOnlyList<string> seeds, SeedResult?[] read, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var firstOfDay = new Dictionary<int, int>();
        var accepted = new List<AcceptedSeed>();
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i] is not { } seed) continue;
            if (firstOfDay.TryGetValue(seed.Date.DayNumber, out var first))
            {
                diagnostics.Error(DiagnosticCodes.SeedDuplicateDate, new SourceLocation(display(seeds[i]), 1, 1),
                    $"this seed is dated {seed.Date:yyyy-MM-dd} like {display(seeds[first])}; an edition has one issue a day. " +
                    "Remove one of the two seeds or correct its date line.");
                continue;
            }

            firstOfDay[seed.Date.DayNumber] = i;
            accepted.Add(new AcceptedSeed(display(seeds[i]), seed));
        }

        return accepted;
    }

    // A seed that was read: its hash and date, its issue unless the cache showed it unchanged, and its stamp when it may be trusted.
    private sealed record SeedResult(string Hash, DateOnly Date, Issue? Issue, FileStamp? Stamp);

    // A seed kept for its day, under the path it is reported and cached by.
    private sealed record AcceptedSeed(string Key, SeedResult Seed);
}
