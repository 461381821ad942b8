using System.Globalization;
using System.Text;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// Writes an issue to <c>content/YYYY/MM/DD/</c>: <c>_index.md</c> for the issue and
/// <c>PP-OO.md</c> per article, never overwriting a file edited by hand unless forced.
/// </summary>
public static class ContentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ContentWriteResult Write(Issue issue, string contentRoot, ContentWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(options);

        var displayRoot = options.DisplayRoot ?? Path.GetDirectoryName(Path.GetFullPath(contentRoot));
        var run = new ContentWriteRun(options.Force, displayRoot);

        if (issue.Date is not { } date)
        {
            run.Error(DiagnosticCodes.SeedHasNoDate, SourceLocation.File(issue.Source),
                $"{issue.Source} has no issue date, so it has no place under content/; add the date line, for example 2023年5月30日, or name the seed by its date, for example 2023-05-30.txt.");
            return run.Result();
        }
        if (FindSharedPlaces(issue, run)) return run.Result();

        var folder = Path.Combine(contentRoot, ContentLayout.IssueFolder(date));
        var planned = new List<(string Path, string Text)>
        {
            (Path.Combine(folder, ContentLayout.IssueFileName), ContentDocument.ForIssue(issue)),
        };
        foreach (var article in issue.Articles.OrderBy(a => a.Page).ThenBy(a => a.Order))
        {
            planned.Add((Path.Combine(folder, ContentLayout.ArticleFileName(article.Page, article.Order)), ContentDocument.ForArticle(article)));
        }

        if (!run.Try(folder, () => Directory.CreateDirectory(folder))) return run.Result();
        foreach (var (path, text) in planned) run.Try(path, () => run.Place(path, Utf8.GetBytes(text)));

        var produced = planned.Select(p => Path.GetFileName(p.Path)).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(folder)
            .Where(path => ContentLayout.IsArticleFileName(Path.GetFileName(path)) && !produced.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal);
        foreach (var path in stale) run.Try(path, () => run.Remove(path));

        return run.Result();
    }

    /// <summary>Two articles on the same page with the same order would share a file; that is a parser fault to fix first.</summary>
    private static bool FindSharedPlaces(Issue issue, ContentWriteRun run)
    {
        var found = false;
        foreach (var group in issue.Articles.GroupBy(a => (a.Page, a.Order)).Where(g => g.Count() > 1))
        {
            found = true;
            var titles = string.Join("», «", group.Select(a => a.Title));
            var first = group.First().SourceLines.First;
            run.Error(DiagnosticCodes.ArticlePlaceDuplicate, new SourceLocation(issue.Source, first, first > 0 ? 1 : 0),
                string.Create(CultureInfo.InvariantCulture,
                    $"articles «{titles}» all have page {group.Key.Page} and order {group.Key.Order}, so they would share one file; nothing of this issue was written. Give each article its own order on its page."));
        }
        return found;
    }
}
