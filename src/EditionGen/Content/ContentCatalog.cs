using System.Globalization;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Threading;

namespace EditionGen.Content;

/// <summary>
/// The issues under a content root found by one walk of the folders: each issue's front matter
/// and its article file names, oldest issue first. Article files are not opened here.
/// </summary>
internal static class ContentCatalog
{
    /// <param name="InItsFolder">Whether the folder matches the date; of two issues with one date, that one wins.</param>
    public sealed record IssueEntry(string DisplayPath, Issue Issue, IReadOnlyList<ArticleFile> ArticleFiles, bool InItsFolder);

    /// <summary>An article's file, by its full path and the path it is reported by.</summary>
    /// <remarks>A class rather than a pair: lists and queries over a value type are compiled afresh at every start.</remarks>
    public sealed record ArticleFile(string FullPath, string DisplayPath);

    /// <param name="listing">The root as listed once for the whole build; null (or a listing that failed) lists it here.</param>
    public static IReadOnlyList<IssueEntry> Scan(string root, string? displayRoot, DiagnosticBag diagnostics, ContentParses? parses = null, ContentListing? listing = null)
    {
        var listed = listing?.Covers(root) == true ? Markdown(listing) : ListMarkdownFiles(root, displayRoot, diagnostics);
        if (listed is not { } paths) return [];
        var folders = paths
            .GroupBy(path => Path.GetDirectoryName(path)!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Order(StringComparer.Ordinal).ToList())
            .ToList();
        // Each folder's _index.md is read in parallel; what reading it found is reported in folder order below.
        var indexes = new IndexRead?[folders.Count];
        ParallelLoop.For(folders.Count, Environment.ProcessorCount, f =>
            indexes[f] = folders[f].FirstOrDefault(path => Path.GetFileName(path) == ContentLayout.IssueFileName) is { } index
                ? ReadIndex(index, displayRoot, parses)
                : null);

        var entries = new List<IssueEntry>();
        for (var f = 0; f < folders.Count; f++)
        {
            var files = folders[f];
            var folder = Path.GetDirectoryName(files[0])!;
            var index = indexes[f]?.Path;
            var articles = files.Where(path => path != index).Select(path => new ArticleFile(path, ContentLayout.DisplayPath(path, displayRoot))).ToList();
            if (index is null)
            {
                foreach (var article in articles)
                {
                    diagnostics.Warning(DiagnosticCodes.ContentOutsideIssue, SourceLocation.File(article.DisplayPath),
                        $"is not in an issue folder (there is no {ContentLayout.IssueFileName} beside it), so it was ignored. Move it into its issue's folder, such as content/2023/05/30/.");
                }
                continue;
            }

            var (_, indexDisplay, found, parse) = indexes[f]!;
            diagnostics.AddRange(found);
            if (parse is not { Issue: { } issue }) continue;
            var inItsFolder = CheckFolder(root, folder, parse.KeyLocation, issue.Date!.Value, diagnostics);
            entries.Add(new IssueEntry(indexDisplay, issue, articles, inItsFolder));
        }

        entries.Sort((a, b) =>
        {
            var byDate = a.Issue.Date!.Value.CompareTo(b.Issue.Date!.Value);
            if (byDate != 0) return byDate;
            if (a.InItsFolder != b.InItsFolder) return a.InItsFolder ? -1 : 1;
            return string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
        });
        return DropRepeatedDates(entries, diagnostics);
    }

    private sealed record IndexRead(string Path, string DisplayPath, DiagnosticBag Found, ContentParse? Parse);

    private static IndexRead ReadIndex(string index, string? displayRoot, ContentParses? parses)
    {
        var display = ContentLayout.DisplayPath(index, displayRoot);
        var found = new DiagnosticBag();
        return new IndexRead(index, display, found, ContentFileParser.Read(index, display, isIssue: true, found, parses));
    }

    /// <summary>The listing's <c>.md</c> files, leaving out hidden files and folders, as <see cref="ListMarkdownFiles"/> finds them.</summary>
    private static List<string> Markdown(ContentListing listing) =>
        listing.Files
            .Where(file => !file.Hidden && IsMarkdown(file.FullPath))
            .Select(file => file.FullPath)
            .ToList();

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith('.');

    /// <summary>Every <c>.md</c> file below the root, leaving out hidden files and folders (editor and VCS state).</summary>
    private static List<string>? ListMarkdownFiles(string root, string? displayRoot, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseSensitive,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        try
        {
            return Directory.EnumerateFiles(root, "*.md", options)
                .Where(IsMarkdown)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.File(ContentLayout.DisplayPath(root, displayRoot)),
                $"could not be listed: {e.Message} Check that every folder in it is readable.");
            return null;
        }
    }

    private static bool CheckFolder(string root, string folder, SourceLocation dateLocation, DateOnly date, DiagnosticBag diagnostics)
    {
        var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
        var expected = ContentLayout.IssueFolder(date);
        if (relative == expected) return true;
        diagnostics.Warning(DiagnosticCodes.IssueFolderMismatch, dateLocation,
            $"the issue date {Day(date)} does not match its folder {relative}; the date wins. Move the folder to content/{expected}/ or correct the date.");
        return false;
    }

    private static List<IssueEntry> DropRepeatedDates(List<IssueEntry> sorted, DiagnosticBag diagnostics)
    {
        var kept = new List<IssueEntry>(sorted.Count);
        foreach (var entry in sorted)
        {
            if (kept.Count > 0 && kept[^1].Issue.Date == entry.Issue.Date)
            {
                diagnostics.Error(DiagnosticCodes.ContentDuplicate, SourceLocation.File(entry.DisplayPath),
                    $"is a second issue dated {Day(entry.Issue.Date!.Value)} (the first is {kept[^1].DisplayPath}); it was skipped. Keep one issue per date.");
                continue;
            }
            kept.Add(entry);
        }
        return kept;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
