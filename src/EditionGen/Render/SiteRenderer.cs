using System.Globalization;
using EditionGen.Configuration;
using EditionGen.Content;
using EditionGen.Diagnostics;

namespace EditionGen.Render;

/// <summary>
/// The Render stage: turns <see cref="SiteContent"/> into the pages of the digital edition with Scriban templates.
/// Templates are looked up in <c>&lt;siteRoot&gt;/templates/</c> first, then in the built-in theme (see <see cref="Theme"/>).
/// </summary>
public sealed class SiteRenderer
{
    public const string Stylesheet = "site.css";
    public const string FeedPath = "feed.xml";
    public const string SitemapPath = "sitemap.xml";
    public const string MainSitemapPath = "sitemap-main.xml";
    public const string RobotsPath = "robots.txt";

    private readonly EditionConfig _config;
    private readonly string _siteRoot;

    public SiteRenderer(EditionConfig config, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(siteRoot);
        _config = config;
        _siteRoot = siteRoot;
    }

    public static string YearSitemapPath(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"sitemap-{year:0000}.xml");

    /// <summary>Decides every output path without rendering anything.</summary>
    public RenderPlan Plan(SiteContent site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var diagnostics = new List<Diagnostic>();
        var issues = PlanIssues(site, diagnostics);
        var theme = new Theme(_siteRoot);
        var inputs = new RenderInputs(_config, new UrlBuilder(_config), theme, issues, NameIndex.OfAuthors(issues), NameIndex.OfColumns(issues));
        return new RenderPlan(inputs, Paths(inputs.Urls, theme, issues, [inputs.Authors, inputs.Columns]), diagnostics);
    }

    private static IEnumerable<string> Paths(UrlBuilder urls, Theme theme, IReadOnlyList<PlannedIssue> issues, IEnumerable<NameIndex> indexes)
    {
        foreach (var asset in theme.AssetNames()) yield return asset;
        yield return UrlBuilder.HomePath;
        yield return UrlBuilder.NotFoundPath;
        yield return UrlBuilder.SearchPath;
        yield return UrlBuilder.ArchivePath;
        foreach (var year in issues.GroupBy(i => i.Date.Year))
        {
            yield return UrlBuilder.ArchiveYearPath(year.Key);
            foreach (var month in year.Select(i => i.Date.Month).Distinct())
                yield return UrlBuilder.ArchiveMonthPath(year.Key, month);
        }
        foreach (var issue in issues)
        {
            yield return urls.IssuePath(issue.Date);
            yield return urls.IssueJsonPath(issue.Date);
            foreach (var page in issue.Articles.Select(a => a.Article.Page).Distinct())
                yield return urls.PagePath(issue.Date, page);
            foreach (var article in issue.Articles)
            {
                yield return urls.ArticlePath(issue.Date, article.Article.Page, article.Article.Order);
                yield return urls.ArticleTextPath(issue.Date, article.Article.Page, article.Article.Order);
            }
        }
        foreach (var index in indexes)
        {
            yield return UrlBuilder.NameIndexPath(index.Kind);
            foreach (var entry in index.Entries)
            {
                for (var number = 1; number <= entry.PageCount; number++)
                    yield return UrlBuilder.NamePagePath(index.Kind, entry.Slug, number);
            }
        }
        foreach (var path in FeedWriter.Paths(issues)) yield return path;
    }

    /// <summary>Issues by date and their articles by page and order; a second issue of a day or a second article at one place is reported and left out.</summary>
    private static List<PlannedIssue> PlanIssues(SiteContent site, List<Diagnostic> diagnostics)
    {
        // Days keyed by their number and sorted at the end: collections keyed by dates are compiled afresh at every start.
        var byDate = new Dictionary<int, PlannedIssue>();
        foreach (var content in site.Issues.OrderBy(i => i.SourcePath, StringComparer.Ordinal))
        {
            if (content.Issue.Date is not { } date)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.IssueWithoutDate, SourceLocation.File(content.SourcePath),
                    "the issue has no date, so it has no address; add a date to its front matter, for example date: 2023-05-30."));
                continue;
            }
            if (byDate.TryGetValue(date.DayNumber, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputPathDuplicate, SourceLocation.File(content.SourcePath),
                    $"another issue has the same date {date:yyyy-MM-dd} ({first.Content.SourcePath}); remove one of them or correct its date."));
                continue;
            }
            byDate[date.DayNumber] = new PlannedIssue(content, date, PlanArticles(content, diagnostics));
        }
        var planned = byDate.Values.ToList();
        planned.Sort((a, b) => a.Date.DayNumber.CompareTo(b.Date.DayNumber));
        return planned;
    }

    private static List<ArticleContent> PlanArticles(IssueContent issue, List<Diagnostic> diagnostics)
    {
        var articles = new List<ArticleContent>();
        var seen = new Dictionary<(int, int), ArticleContent>();
        foreach (var article in issue.Articles.OrderBy(a => a.Article.Page).ThenBy(a => a.Article.Order))
        {
            var key = (article.Article.Page, article.Article.Order);
            if (article.Article.Page < 1 || article.Article.Order < 1)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputPathDuplicate, SourceLocation.File(article.SourcePath),
                    $"the article has page {article.Article.Page} and order {article.Article.Order}; both must be 1 or more."));
                continue;
            }
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputPathDuplicate, SourceLocation.File(article.SourcePath),
                    $"another article of the issue is also page {key.Item1} order {key.Item2} ({first.SourcePath}); give each article its own order."));
                continue;
            }
            seen[key] = article;
            articles.Add(article);
        }
        return articles;
    }
}
