using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Threading;

namespace EditionGen.Content;

/// <summary>
/// Reads <c>content/</c> back: every folder with an <c>_index.md</c> is an issue, the other
/// <c>.md</c> files beside it its articles. Bad files are reported and skipped, good files go
/// through; nothing in the content makes it throw. Paths in results and diagnostics are
/// relative to the site root (the parent of the content root unless given), such as
/// <c>content/2023/05/30/01-01.md</c>.
/// </summary>
public static class ContentReader
{
    /// <summary>Reads everything at once: issues oldest first, articles by page then order.</summary>
    /// <param name="parses">What files were read into by the last build, to parse only files whose bytes changed; null parses every file.</param>
    /// <param name="listing">The content root as the build listed it once, for its files and their stamps; null lists it here.</param>
    public static SiteContent Read(string contentRoot, DiagnosticBag diagnostics, string? displayRoot = null, ContentParses? parses = null, ContentListing? listing = null)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(contentRoot)) return new([]);

        var root = Path.GetFullPath(contentRoot);
        displayRoot ??= Path.GetDirectoryName(root);
        if (listing?.Covers(root) == true) parses?.Listed(listing);
        var issues = ContentCatalog.Scan(root, displayRoot, diagnostics, parses, listing);
        // The files of all issues in one parallel loop, so that a file that takes long (one parsed again among
        // thousands taken from the kept parses) does not hold up the reading of the next issue.
        var files = issues.SelectMany(entry => entry.ArticleFiles).ToList();
        var loaded = new (ArticleContent Article, SourceLocation IdLocation)?[files.Count];
        ParallelLoop.For(files.Count, Environment.ProcessorCount, i => loaded[i] = ReadArticle(files[i].FullPath, files[i].DisplayPath, diagnostics, parses));
        var read = new List<IssueContent>(issues.Count);
        var start = 0;
        foreach (var entry in issues)
        {
            read.Add(Assemble(entry, new ArraySegment<(ArticleContent, SourceLocation)?>(loaded, start, entry.ArticleFiles.Count), diagnostics));
            start += entry.ArticleFiles.Count;
        }

        return new(read);
    }

    /// <summary>
    /// Reads the issue front matter of the whole site now and each issue's articles only when
    /// the sequence reaches it. Article bodies are never held: see <see cref="ArticleContent.LoadBody"/>.
    /// Article diagnostics arrive while the sequence is enumerated.
    /// </summary>
    public static IEnumerable<IssueContent> ReadIssues(string contentRoot, DiagnosticBag diagnostics, string? displayRoot = null, ContentParses? parses = null)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(contentRoot)) return [];

        var root = Path.GetFullPath(contentRoot);
        displayRoot ??= Path.GetDirectoryName(root);
        var issues = ContentCatalog.Scan(root, displayRoot, diagnostics, parses);
        return issues.Select(entry => ReadIssue(entry, diagnostics, parses));
    }

    private static IssueContent ReadIssue(ContentCatalog.IssueEntry entry, DiagnosticBag diagnostics, ContentParses? parses)
    {
        // Files are parsed and rendered in parallel, then checked in file name order, so the
        // outcome (which of two equal ids wins, the diagnostics) does not depend on timing.
        var loaded = entry.ArticleFiles
            .AsParallel().AsOrdered()
            .Select(file => ReadArticle(file.FullPath, file.DisplayPath, diagnostics, parses))
            .ToList();
        return Assemble(entry, loaded, diagnostics);
    }

    /// <param name="loaded">The issue's article files as read, in file name order.</param>
    private static IssueContent Assemble(ContentCatalog.IssueEntry entry, IReadOnlyList<(ArticleContent Article, SourceLocation IdLocation)?> loaded, DiagnosticBag diagnostics)
    {
        var articles = new List<ArticleContent>(loaded.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in loaded)
        {
            if (item is not var (article, idLocation)) continue;
            if (!ids.Add(article.Article.Id))
            {
                diagnostics.Error(DiagnosticCodes.ContentDuplicate, idLocation,
                    $"another article of this issue already has the id {article.Article.Id}; the file was skipped. Give each article its own id, page and order.");
                continue;
            }
            articles.Add(article);
        }

        articles.Sort((a, b) =>
        {
            var byPage = a.Article.Page.CompareTo(b.Article.Page);
            if (byPage != 0) return byPage;
            var byOrder = a.Article.Order.CompareTo(b.Article.Order);
            return byOrder != 0 ? byOrder : string.CompareOrdinal(a.SourcePath, b.SourcePath);
        });
        return new IssueContent(entry.DisplayPath, entry.Issue, articles);
    }

    private static (ArticleContent Article, SourceLocation IdLocation)? ReadArticle(string fullPath, string displayPath, DiagnosticBag diagnostics, ContentParses? parses) =>
        ContentFileParser.Read(fullPath, displayPath, isIssue: false, diagnostics, parses) is { Article: { } article } parse
            ? (new ArticleContent(displayPath, article, parse.Excerpt, ArticleBodySource.FromFile(fullPath)), parse.KeyLocation)
            : null;
}
