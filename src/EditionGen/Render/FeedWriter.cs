using System.Globalization;
using System.Text;
using System.Xml;
using EditionGen.Model;

namespace EditionGen.Render;

/// <summary>
/// The machine-readable files: an Atom feed of the newest articles, a sitemap index with one sitemap per year
/// (a year stays far below the 50,000 URLs a sitemap may hold), and <c>robots.txt</c>.
/// </summary>
internal sealed class FeedWriter(RenderInputs inputs, Wording wording)
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
        yield return Feed();
        yield return SitemapIndex();
        yield return MainSitemap();
        foreach (var year in inputs.Issues.Select(i => i.Date.Year).Distinct().Order())
            yield return YearSitemap(year);
        yield return Robots();
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
