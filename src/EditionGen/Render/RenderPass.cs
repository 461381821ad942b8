using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Render.Views;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>
/// One pass over a <see cref="RenderPlan"/>: walks the issues (those whose content changed since the last build first,
/// then the others in date order) and yields each page as soon as it is rendered. Only the current issue's view is
/// held, so memory stays bounded however many issues there are.
/// </summary>
internal sealed class RenderPass
{
    private const string TitleSeparator = " · ";
    private const string ArticleLayout = "layouts/article.html";

    private readonly RenderInputs _inputs;
    private readonly DiagnosticBag _diagnostics;
    private readonly UrlBuilder _urls;
    private readonly Wording _wording;
    private readonly LayoutRenderer _layouts;
    private readonly IssueViewFactory _issueViews;
    private readonly SiteView _site;
    private readonly ScriptObject _strings;
    private readonly IRenderReuse? _reuse;
    private readonly string _stringsHash;

    public RenderPass(RenderInputs inputs, DiagnosticBag diagnostics, IRenderReuse? reuse = null)
    {
        _reuse = reuse;
        _inputs = inputs;
        _diagnostics = diagnostics;
        _urls = inputs.Urls;
        _wording = new Wording(UiStrings.Load(inputs.Theme, inputs.Config.Language, diagnostics));
        _strings = _wording.Strings.ToScriptObject();
        _layouts = new LayoutRenderer(inputs.Theme, diagnostics, reuse is null ? null : reuse.Rendered);
        _stringsHash = PageKey.OfStrings(_strings);
        _issueViews = new IssueViewFactory(_urls, _wording, inputs.Config.Title);
        _site = new SiteView(
            inputs.Config.Title,
            inputs.Config.Language,
            _urls.BasePath,
            _urls.Home(),
            _urls.Archive(),
            _urls.Search(),
            _urls.Asset(SiteRenderer.Stylesheet),
            _urls.Url(SiteRenderer.FeedPath),
            _urls.NameIndex(NameIndex.Authors),
            _urls.NameIndex(NameIndex.Columns));
    }

    public IEnumerable<SiteFile> Files() => Units().SelectMany(unit => unit.Files());

    /// <summary>
    /// The site in independent units of work (the assets, the home page, each issue, the archive, each author or
    /// column, the fixed pages, the feeds), in a fixed order. Units share nothing they change, so several may be
    /// rendered at once; each file's bytes depend only on the inputs, never on which unit ran first.
    /// </summary>
    public IEnumerable<RenderUnit> Units()
    {
        // Issues whose content changed since the last build come first: they are the ones rendered, while the others
        // are mostly taken whole, and one rendered last would keep one thread busy while the others wait.
        var issues = _inputs.Issues;
        var changed = Enumerable.Range(0, issues.Count).Where(i => ContentChanged(issues[i])).ToList();
        foreach (var index in changed) yield return IssueAt(index);

        yield return Site(() => _inputs.Theme.AssetNames().Select(Asset).OfType<SiteFile>());
        yield return Site(() => Home() is { } home ? [home] : []);

        var first = new HashSet<int>(changed);
        for (var i = 0; i < issues.Count; i++)
        {
            if (!first.Contains(i)) yield return IssueAt(i);
        }

        yield return Site(Archive);
        foreach (var unit in Names(_inputs.Authors)) yield return Site(unit);
        foreach (var unit in Names(_inputs.Columns)) yield return Site(unit);
        yield return Site(Fixed);
        yield return Site(() => new FeedWriter(_inputs, _wording, _reuse, _stringsHash).Files());
    }

    private static RenderUnit Site(Func<IEnumerable<SiteFile>> files) => new(null, files);

    private RenderUnit IssueAt(int index)
    {
        var issues = _inputs.Issues;
        return new RenderUnit(index, () =>
        {
            var previous = index > 0 ? _issueViews.Link(issues[index - 1]) : null;
            var next = index + 1 < issues.Count ? _issueViews.Link(issues[index + 1]) : null;
            return IssueUnit(issues[index], previous, next);
        });
    }

    /// <summary>Whether a content file of the issue is new or changed since the last build (false without a last build).</summary>
    private bool ContentChanged(PlannedIssue planned) =>
        _reuse is not null && planned.Articles.Select(a => a.SourcePath).Prepend(planned.Content.SourcePath).Any(_reuse.ContentChanged);

    private IEnumerable<SiteFile> Fixed()
    {
        var notFound = Produce("layouts/404.html", UrlBuilder.NotFoundPath, new PageModel(_site, Meta("404", UrlBuilder.NotFoundPath, _wording.NotFound, $"{_site.Title} {_wording.NotFound}")));
        if (notFound is not null) yield return notFound;

        var search = Produce("layouts/search.html", UrlBuilder.SearchPath, new PageModel(_site, Meta("search", UrlBuilder.SearchPath, _wording.Search, $"{_site.Title} {_wording.Search}")));
        if (search is not null) yield return search;
    }

    private SiteFile? Asset(string name)
    {
        var lookup = _inputs.Theme.Find(name);
        if (lookup.File is null)
        {
            _diagnostics.Error(lookup.ErrorCode!, SourceLocation.File(Theme.SiteFolder + "/" + name), lookup.Error!);
            return null;
        }
        try
        {
            return new SiteFile(name, lookup.File.Read(), lookup.File.DisplayPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.File(lookup.File.DisplayPath),
                $"the asset cannot be read ({exception.Message}); check that the file exists and is readable.");
            return null;
        }
    }

    private SiteFile? Home()
    {
        var issues = _inputs.Issues;
        var latest = issues.Count > 0 ? _issueViews.Build(issues[^1]) : null;
        var front = latest?.Pages.FirstOrDefault(p => p.HasArticles);
        var description = latest is null
            ? _site.Title
            : $"{latest.DateText} {string.Join(" / ", (front?.Articles ?? []).Select(a => a.Title))}";
        var model = new PageModel(_site, Meta("home", UrlBuilder.HomePath, null, description))
        {
            Issue = latest,
            CurrentPage = front,
            PreviousIssue = issues.Count > 1 ? _issueViews.Link(issues[^2]) : null,
        };
        return Produce("layouts/home.html", UrlBuilder.HomePath, model);
    }

    /// <summary>
    /// An issue's files; with the last build's state, an issue whose key is the one the last build made its files
    /// from is not read or rendered at all: its files are named reused, each with the key it had.
    /// </summary>
    private IEnumerable<SiteFile> IssueUnit(PlannedIssue planned, IssueLinkView? previousIssue, IssueLinkView? nextIssue) =>
        KeptOrMade(_urls.IssuePath(planned.Date), () => IssueKey(planned, previousIssue, nextIssue), issue: true,
            () => Issue(planned, previousIssue, nextIssue));

    /// <summary>
    /// A unit's files: the last build's, named reused, when the unit's key (made when the unit is enumerated) is the
    /// one they were made from; else the files <paramref name="make"/> gives, recorded under the key.
    /// </summary>
    private IEnumerable<SiteFile> KeptOrMade(string name, Func<string?> keyOf, bool issue, Func<IEnumerable<SiteFile>> make)
    {
        var key = keyOf();
        if (key is not null && _reuse!.ReusableUnit(name, key, issue) is { } kept)
        {
            _reuse.UnitMade(name, key, kept);
            foreach (var file in kept) yield return Reused(file.Path, null, file.Layout);
            yield break;
        }

        var made = new List<UnitFile>();
        foreach (var file in make())
        {
            made.Add(new UnitFile(file.Path, file.Layout));
            yield return file;
        }

        if (key is not null) _reuse!.UnitMade(name, key, made);
    }

    private string? IssueKey(PlannedIssue planned, IssueLinkView? previousIssue, IssueLinkView? nextIssue)
    {
        if (_reuse is null) return null;
        var files = new List<string>(planned.Articles.Count + 1);
        foreach (var path in planned.Articles.Select(a => a.SourcePath).Prepend(planned.Content.SourcePath))
        {
            if (_reuse.ContentHash(path) is not { } hash) return null;
            files.Add(path + " " + hash);
        }

        return PageKey.OfIssue(_reuse.Settings, _stringsHash, _site, files, previousIssue, nextIssue);
    }

    private IEnumerable<SiteFile> Issue(PlannedIssue planned, IssueLinkView? previousIssue, IssueLinkView? nextIssue)
    {
        var issue = _issueViews.Build(planned);
        var date = planned.Date;
        var titles = string.Join(" / ", issue.Articles.Select(a => a.Title));

        var issuePath = _urls.IssuePath(date);
        var issueFile = Produce("layouts/issue.html", issuePath, new PageModel(_site, Meta("issue", issuePath, issue.DateText, $"{issue.DateText} {titles}"))
        {
            Issue = issue,
            PreviousIssue = previousIssue,
            NextIssue = nextIssue,
        });
        if (issueFile is not null) yield return issueFile;
        yield return IssueJsonWriter.Write(issue, _urls.IssueJsonPath(date), _site.Title);

        var pages = issue.Pages.Where(p => p.HasArticles).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var path = _urls.PagePath(date, page.Number);
            var heading = page.Name is null ? page.Label : $"{page.Label} {page.Name}";
            var file = Produce("layouts/page.html", path, new PageModel(_site, Meta("page", path, $"{heading}{TitleSeparator}{issue.DateText}", $"{issue.DateText} {heading} {string.Join(" / ", page.Articles.Select(a => a.Title))}"))
            {
                Issue = issue,
                CurrentPage = page,
                PreviousPage = p > 0 ? pages[p - 1] : null,
                NextPage = p + 1 < pages.Count ? pages[p + 1] : null,
                PreviousIssue = previousIssue,
                NextIssue = nextIssue,
            });
            if (file is not null) yield return file;
        }

        var articles = issue.Articles.ToList();
        var contents = planned.Articles.ToDictionary(c => (c.Article.Page, c.Article.Order));
        for (var a = 0; a < articles.Count; a++)
        {
            var content = contents[(articles[a].Page, articles[a].Order)];
            var view = articles[a];
            var index = a;
            var path = _urls.ArticlePath(date, view.Page, view.Order);
            var textPath = _urls.ArticleTextPath(date, view.Page, view.Order);
            PageModel ModelOf(ArticleView article)
            {
                var description = article.Excerpt.Length > 0 ? article.Excerpt : Excerpt.Of($"{article.Title} {article.Subtitle}");
                var meta = Meta("article", path, article.Title, description);
                meta = meta with { JsonLd = NewsArticleData.For(article, issue, IssueTime.Midnight(date, _inputs.Config.Timezone), _site.Title, meta.CanonicalUrl) };
                return new PageModel(_site, meta)
                {
                    Issue = issue,
                    CurrentPage = pages.First(p => p.Number == article.Page),
                    Article = article,
                    PreviousArticle = index > 0 ? articles[index - 1] : null,
                    NextArticle = index + 1 < articles.Count ? articles[index + 1] : null,
                    PreviousIssue = previousIssue,
                    NextIssue = nextIssue,
                };
            }

            // With the last build's state, an article whose file and page model are unchanged is not read again:
            // the model without the body and the hash of the file the body comes from make its keys.
            string? pageKey = null, textKey = null;
            if (_reuse?.ContentHash(content.SourcePath) is { } contentHash)
            {
                pageKey = PageKey.Of(ArticleLayout, _stringsHash, contentHash, ModelOf(view));
                textKey = PageKey.Of(ArticleTextWriter.Kind, _stringsHash, contentHash, view);
                if (_reuse.CanReuse(path, pageKey, ArticleLayout) && _reuse.CanReuse(textPath, textKey, null))
                {
                    yield return Reused(path, pageKey, ArticleLayout);
                    yield return Reused(textPath, textKey, null);
                    continue;
                }
            }

            // The body is read for this article's two files and dropped with them; a body that cannot be
            // read has been reported, and the article's files are left out.
            if (content.LoadBody(_diagnostics) is not { } body) continue;
            var article = view with { BodyHtml = body.Html };
            var file = Produce(ArticleLayout, path, ModelOf(article), pageKey);
            if (file is not null) yield return file;
            yield return ArticleTextWriter.Write(article, content, body, textPath) with { Key = textKey };
        }
    }

    private IEnumerable<SiteFile> Archive()
    {
        var years = new ArchiveViewFactory(_urls, _wording).Build(_inputs.Issues);
        var index = Produce("layouts/archive.html", UrlBuilder.ArchivePath, new PageModel(_site, Meta("archive", UrlBuilder.ArchivePath, _wording.Archive, $"{_site.Title} {_wording.Archive}"))
        {
            ArchiveYears = years,
        });
        if (index is not null) yield return index;

        foreach (var year in years)
        {
            var yearPath = UrlBuilder.ArchiveYearPath(year.Year);
            var yearTitle = $"{_wording.Year(year.Year)}{TitleSeparator}{_wording.Archive}";
            var yearFile = Produce("layouts/archive.html", yearPath, new PageModel(_site, Meta("archive", yearPath, yearTitle, $"{_site.Title} {yearTitle}"))
            {
                ArchiveYears = years,
                ArchiveYear = year,
            });
            if (yearFile is not null) yield return yearFile;

            foreach (var month in year.Months.Where(m => m.Url is not null))
            {
                var monthPath = UrlBuilder.ArchiveMonthPath(month.Year, month.Month);
                var monthTitle = $"{month.Label}{TitleSeparator}{_wording.Archive}";
                var monthFile = Produce("layouts/archive.html", monthPath, new PageModel(_site, Meta("archive", monthPath, monthTitle, $"{_site.Title} {monthTitle}"))
                {
                    ArchiveYears = years,
                    ArchiveYear = year,
                    ArchiveMonth = month,
                });
                if (monthFile is not null) yield return monthFile;
            }
        }
    }

    /// <summary>The list of every author or column, then each one's pages of articles, one unit each.</summary>
    private IEnumerable<Func<IEnumerable<SiteFile>>> Names(NameIndex index)
    {
        var views = new NameIndexViewFactory(_urls, _wording);
        yield return () =>
        {
            var list = views.List(index);
            var indexPath = UrlBuilder.NameIndexPath(index.Kind);
            var listFile = Produce("layouts/index-list.html", indexPath, new PageModel(_site, Meta(index.Kind, indexPath, list.Title, $"{_site.Title} {list.Title}"))
            {
                NameIndex = list,
            });
            return listFile is null ? [] : [listFile];
        };

        foreach (var entry in index.Entries)
        {
            yield return () => NameUnit(views, index, entry);
        }
    }

    /// <summary>
    /// One author's or column's pages; with the last build's state, an entry whose key is the one the last build made
    /// its pages from is not paged or keyed page by page: its files are named reused, each with the key it had.
    /// </summary>
    private IEnumerable<SiteFile> NameUnit(NameIndexViewFactory views, NameIndex index, NameEntry entry) =>
        KeptOrMade(UrlBuilder.NamePagePath(index.Kind, entry.Slug, 1),
            () => _reuse is null ? null : PageKey.OfNameEntry(_reuse.Settings, _stringsHash, _site, index.Kind, entry), issue: false,
            () => NamePages(views, index, entry));

    private IEnumerable<SiteFile> NamePages(NameIndexViewFactory views, NameIndex index, NameEntry entry)
    {
        // The singular kind (author, column) names the layout's page in meta.kind and in CSS.
        var entryKind = index.Kind[..^1];
        for (var number = 1; number <= entry.PageCount; number++)
        {
            var page = views.Page(index, entry, number);
            var path = UrlBuilder.NamePagePath(index.Kind, entry.Slug, number);
            var description = $"{page.Title} {string.Join(" / ", page.Articles.Select(a => a.Title))}";
            var file = Produce("layouts/index-entry.html", path, new PageModel(_site, Meta(entryKind, path, page.Title, description))
            {
                NamePage = page,
            });
            if (file is not null) yield return file;
        }
    }

    private MetaView Meta(string kind, string path, string? title, string description) => new(
        kind,
        title is null ? _site.Title : $"{title}{TitleSeparator}{_site.Title}",
        Excerpt.Of(description),
        _urls.Absolute(path),
        _urls.Url(path));

    /// <summary>
    /// Renders one page, or, when the last build rendered it from an equal model with unchanged templates, names it
    /// reused without rendering. <paramref name="key"/> is the page's key when the caller made it already.
    /// </summary>
    private SiteFile? Produce(string layout, string path, PageModel model, string? key = null)
    {
        if (_reuse is not null)
        {
            key ??= PageKey.Of(layout, _stringsHash, null, model);
            if (_reuse.CanReuse(path, key, layout)) return Reused(path, key, layout);
        }

        var text = _layouts.Render(layout, model.ToScriptObject(_strings), out var origin);
        return text is null ? null : SiteFile.FromText(path, text, origin) with { Key = key, Layout = layout };
    }

    /// <param name="key">The page's key, or null to keep the key the last build recorded for it.</param>
    private static SiteFile Reused(string path, string? key, string? layout) =>
        new(path, [], layout is null ? null : Theme.SiteFolder + "/" + layout) { Key = key, Layout = layout, Reused = true };
}
