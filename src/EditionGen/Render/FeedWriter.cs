using System.Globalization;
using System.Text;
using System.Xml;
using EditionGen.Model;

namespace EditionGen.Render;

/// <summary>
/// The machine-readable files: an Atom feed of the newest articles, a sitemap index with one sitemap per year
/// (a year stays far below the 50,000 URLs a sitemap may hold), and <c>robots.txt</c>.
/// With the last build's state, the feed and each sitemap has a key made of what it lists, and one whose key is the
/// one the last build wrote it from is not written again: it is named reused.
/// </summary>
internal sealed class FeedWriter(RenderInputs inputs, Wording wording, IRenderReuse? reuse = null, string stringsHash = "")
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    private const int FeedEntries = 50;

    private readonly UrlBuilder _urls = inputs.Urls;

    public static IEnumerable<string> Paths(IReadOnlyList<PlannedIssue> issues) =>
        new[] { SiteRenderer.FeedPath, SiteRenderer.SitemapPath, SiteRenderer.MainSitemapPath, SiteRenderer.RobotsPath }
            .Concat(issues.Select(i => i.Date.Year).Distinct().Select(SiteRenderer.YearSitemapPath));

    public IEnumerable<SiteFile> Files()
    {
        yield return Keyed(SiteRenderer.FeedPath, FeedKey, Feed);
        yield return Keyed(SiteRenderer.SitemapPath, SitemapIndexKey, SitemapIndex);
        yield return Keyed(SiteRenderer.MainSitemapPath, MainSitemapKey, MainSitemap);
        foreach (var year in inputs.Issues.Select(i => i.Date.Year).Distinct().Order())
            yield return Keyed(SiteRenderer.YearSitemapPath(year), text => YearSitemapKey(text, year), () => YearSitemap(year));
        yield return Robots();
    }

    /// <summary>The file made by <paramref name="make"/>, or, when its key is the one the last build wrote it from, the file named reused.</summary>
    private SiteFile Keyed(string path, Func<StringBuilder, bool> describe, Func<SiteFile> make)
    {
        if (reuse is null) return make();
        var text = new StringBuilder();
        if (!describe(text)) return make();
        var key = PageKey.OfText(path, reuse.Settings, stringsHash, text.ToString());
        return reuse.CanReuse(path, key, null)
            ? new SiteFile(path, [], path) { Key = key, Reused = true }
            : make() with { Key = key };
    }

    /// <summary>The feed shows the issues it takes its entries from: their dates and the hash of each of their content files.</summary>
    private bool FeedKey(StringBuilder text)
    {
        var count = 0;
        for (var i = inputs.Issues.Count - 1; i >= 0 && count < FeedEntries; i--)
        {
            var planned = inputs.Issues[i];
            text.Append(planned.Date.DayNumber.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var path in planned.Articles.Select(a => a.SourcePath).Prepend(planned.Content.SourcePath))
            {
                if (reuse!.ContentHash(path) is not { } hash) return false;
                text.Append(path).Append(' ').Append(hash).Append('\n');
            }

            count += planned.Articles.Count;
        }

        return true;
    }

    private bool SitemapIndexKey(StringBuilder text)
    {
        foreach (var year in inputs.Issues.Select(i => i.Date.Year).Distinct().Order()) text.Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return true;
    }

    private bool MainSitemapKey(StringBuilder text)
    {
        foreach (var issue in inputs.Issues) text.Append(issue.Date.DayNumber.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var index in new[] { inputs.Authors, inputs.Columns })
        {
            text.Append(index.Kind).Append('\n');
            foreach (var entry in index.Entries) text.Append(entry.Slug).Append(' ').Append(entry.PageCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return true;
    }

    /// <summary>A year's sitemap lists each issue of the year, its pages and its articles, all by their place alone.</summary>
    private bool YearSitemapKey(StringBuilder text, int year)
    {
        foreach (var issue in inputs.Issues.Where(i => i.Date.Year == year))
        {
            text.Append(issue.Date.DayNumber.ToString(CultureInfo.InvariantCulture)).Append(':');
            foreach (var article in issue.Articles)
            {
                text.Append(' ').Append(article.Article.Page.ToString(CultureInfo.InvariantCulture)).Append('-').Append(article.Article.Order.ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return true;
    }

    private SiteFile Feed()
    {
        var issues = inputs.Issues;
        var factory = new IssueViewFactory(_urls, wording, inputs.Config.Title);
        var latest = issues.Count > 0 ? issues[^1] : null;
        return Xml(SiteRenderer.FeedPath, writer =>
        {
            const string atom = "http://www.w3.org/2005/Atom";
            writer.WriteStartElement("feed", atom);
            writer.WriteAttributeString("xml", "lang", null, inputs.Config.Language);
            writer.WriteElementString("title", atom, inputs.Config.Title);
            writer.WriteElementString("id", atom, _urls.Absolute(UrlBuilder.HomePath));
            writer.WriteElementString("updated", atom, latest is null ? "1970-01-01T00:00:00Z" : Timestamp(latest.Date));
            Link(writer, atom, "self", _urls.Absolute(SiteRenderer.FeedPath));
            Link(writer, atom, "alternate", _urls.Absolute(UrlBuilder.HomePath));
            foreach (var (planned, article) in Recent(factory))
            {
                var path = _urls.ArticlePath(planned.Date, article.Page, article.Order);
                writer.WriteStartElement("entry", atom);
                writer.WriteElementString("title", atom, article.Title);
                writer.WriteElementString("id", atom, _urls.Absolute(path));
                writer.WriteElementString("updated", atom, Timestamp(planned.Date));
                Link(writer, atom, "alternate", _urls.Absolute(path));
                // One Atom author per person named in the byline; the byline itself when it names nobody.
                var names = article.Authors.Count > 0 ? article.Authors : article.Byline is null ? [] : [article.Byline];
                foreach (var name in names)
                {
                    writer.WriteStartElement("author", atom);
                    writer.WriteElementString("name", atom, name);
                    writer.WriteEndElement();
                }
                if (article.Excerpt.Length > 0) writer.WriteElementString("summary", atom, article.Excerpt);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>The newest articles, issue by issue from the latest, up to <see cref="FeedEntries"/>.</summary>
    private IEnumerable<(PlannedIssue Issue, Views.ArticleView Article)> Recent(IssueViewFactory factory)
    {
        var count = 0;
        for (var i = inputs.Issues.Count - 1; i >= 0 && count < FeedEntries; i--)
        {
            var planned = inputs.Issues[i];
            foreach (var article in factory.Build(planned).Articles)
            {
                if (count++ == FeedEntries) yield break;
                yield return (planned, article);
            }
        }
    }

    private SiteFile SitemapIndex() => Xml(SiteRenderer.SitemapPath, writer =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        writer.WriteStartElement("sitemapindex", ns);
        Sitemap(writer, ns, SiteRenderer.MainSitemapPath);
        foreach (var year in inputs.Issues.Select(i => i.Date.Year).Distinct().Order())
            Sitemap(writer, ns, SiteRenderer.YearSitemapPath(year));
        writer.WriteEndElement();
    });

    private SiteFile MainSitemap() => Xml(SiteRenderer.MainSitemapPath, writer =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        writer.WriteStartElement("urlset", ns);
        Url(writer, ns, UrlBuilder.HomePath, null);
        Url(writer, ns, UrlBuilder.ArchivePath, null);
        foreach (var year in inputs.Issues.GroupBy(i => i.Date.Year).OrderBy(g => g.Key))
        {
            Url(writer, ns, UrlBuilder.ArchiveYearPath(year.Key), null);
            foreach (var month in year.Select(i => i.Date.Month).Distinct().Order())
                Url(writer, ns, UrlBuilder.ArchiveMonthPath(year.Key, month), null);
        }
        foreach (var index in new[] { inputs.Authors, inputs.Columns })
        {
            Url(writer, ns, UrlBuilder.NameIndexPath(index.Kind), null);
            foreach (var entry in index.Entries)
            {
                for (var number = 1; number <= entry.PageCount; number++)
                    Url(writer, ns, UrlBuilder.NamePagePath(index.Kind, entry.Slug, number), null);
            }
        }
        writer.WriteEndElement();
    });

    private SiteFile YearSitemap(int year) => Xml(SiteRenderer.YearSitemapPath(year), writer =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        writer.WriteStartElement("urlset", ns);
        foreach (var issue in inputs.Issues.Where(i => i.Date.Year == year))
        {
            var lastmod = issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Url(writer, ns, _urls.IssuePath(issue.Date), lastmod);
            foreach (var page in issue.Articles.Select(a => a.Article.Page).Distinct().Order())
                Url(writer, ns, _urls.PagePath(issue.Date, page), lastmod);
            foreach (var article in issue.Articles)
                Url(writer, ns, _urls.ArticlePath(issue.Date, article.Article.Page, article.Article.Order), lastmod);
        }
        writer.WriteEndElement();
    });

    private SiteFile Robots()
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (_urls.HasOrigin) text.Append("Sitemap: ").Append(_urls.Absolute(SiteRenderer.SitemapPath)).Append('\n');
        return SiteFile.FromText(SiteRenderer.RobotsPath, text.ToString(), "robots.txt");
    }

    private void Sitemap(XmlWriter writer, string ns, string path)
    {
        writer.WriteStartElement("sitemap", ns);
        writer.WriteElementString("loc", ns, _urls.Absolute(path));
        writer.WriteEndElement();
    }

    private void Url(XmlWriter writer, string ns, string path, string? lastmod)
    {
        writer.WriteStartElement("url", ns);
        writer.WriteElementString("loc", ns, _urls.Absolute(path));
        if (lastmod is not null) writer.WriteElementString("lastmod", ns, lastmod);
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string ns, string rel, string href)
    {
        writer.WriteStartElement("link", ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private string Timestamp(DateOnly date) => IssueTime.Midnight(date, inputs.Config.Timezone);

    private static SiteFile Xml(string path, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return new SiteFile(path, buffer.ToArray(), path);
    }
}
