using System.Collections.Concurrent;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Validate;

/// <summary>
/// Validates a site as its files stream out of the renderer. Each page is checked on its own and then dropped;
/// only its anchors and its fragment links to other pages are kept, and <see cref="Complete"/> resolves those
/// at the end. <see cref="Check"/> may run on several threads at once; results are sorted, so they do not
/// depend on the order pages arrive in.
/// </summary>
public sealed class SiteValidator
{
    private readonly HtmlPageAnalyzer _pages;
    private readonly FeedAnalyzer _feeds;
    private readonly StylesheetAnalyzer _stylesheets;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _anchorsByPage = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FragmentLink> _fragmentLinks = new();

    public SiteValidator(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.KnownPaths);
        var resolver = new LinkResolver(options.NormalizedBasePath, options.SiteHost);
        _pages = new HtmlPageAnalyzer(options, resolver);
        _feeds = new FeedAnalyzer(options);
        _stylesheets = new StylesheetAnalyzer(options, resolver);
    }

    /// <summary>Checks one file and returns its findings, sorted; files other than pages, stylesheets, sitemaps and feeds pass unchecked.</summary>
    public IReadOnlyList<Diagnostic> Check(SiteFile file) => CheckKept(file).Diagnostics;

    /// <summary>Like <see cref="Check"/>, and returns what was kept of the file, so that a later build can <see cref="Replay"/> it.</summary>
    public PageCheck CheckKept(SiteFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.IsHtml)
        {
            var page = _pages.Analyze(file);
            var check = new PageCheck(Sort(page.Diagnostics), page.Anchors, page.FragmentLinks);
            Replay(file.Path, check);
            return check;
        }

        if (StylesheetAnalyzer.IsStylesheet(file.Path))
        {
            return PageCheck.Empty with { Diagnostics = Sort(_stylesheets.Analyze(file)) };
        }

        return FeedAnalyzer.IsFeed(file.Path) ? PageCheck.Empty with { Diagnostics = Sort(_feeds.Analyze(file)) } : PageCheck.Empty;
    }

    /// <summary>Takes in what an earlier check of an unchanged file kept, as if the file had been checked again.</summary>
    public void Replay(string path, PageCheck check)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(check);
        if (!path.EndsWith(".html", StringComparison.Ordinal)) return;
        _anchorsByPage[path] = check.Anchors;
        foreach (var link in check.FragmentLinks)
        {
            _fragmentLinks.Enqueue(link);
        }
    }

    /// <summary>Whether <see cref="Check"/> looks inside a file with this path; others need not even be read.</summary>
    public static bool Inspects(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        return sitePath.EndsWith(".html", StringComparison.Ordinal) || StylesheetAnalyzer.IsStylesheet(sitePath) || FeedAnalyzer.IsFeed(sitePath);
    }

    /// <summary>
    /// Checks the fragment links between pages once all pages were checked. A link to a page that was never
    /// passed to <see cref="Check"/> is not reported, since its ids are unknown.
    /// </summary>
    public IReadOnlyList<Diagnostic> Complete()
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var link in _fragmentLinks)
        {
            if (_anchorsByPage.TryGetValue(link.TargetPath, out var anchors) && !LinkAnalyzer.IsFragmentTarget(anchors, link.Fragment))
            {
                var message = $"the link '{link.Href}' points to #{link.Fragment}, but {link.TargetPath} has no element with id '{link.Fragment}'; "
                    + "add the id to that page or fix the link.";
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorBroken, link.Location,
                    link.Origin is null ? message : $"{message} (produced by {link.Origin})"));
            }
        }

        return Sort(diagnostics);
    }

    private static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return bag.Sorted();
    }
}
