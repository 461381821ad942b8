using System.Globalization;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>Builds the template view of one issue: every page of 今日N版, its articles, and the links between them.</summary>
internal sealed class IssueViewFactory(UrlBuilder urls, Wording wording, string publication)
{
    public IssueView Build(PlannedIssue planned)
    {
        var issue = planned.Content.Issue;
        var date = planned.Date;
        var withContent = planned.Articles.Select(a => a.Article.Page).ToHashSet();
        var names = issue.Pages
            .GroupBy(p => p.Number)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)));
        var pageCount = Math.Max(issue.PageCount ?? 0, withContent.Concat(names.Keys).DefaultIfEmpty(0).Max());
        // Every page up to the page count, and any page with articles beyond it, in order.
        var numbers = new List<int>(pageCount + withContent.Count);
        for (var number = 1; number <= pageCount; number++) numbers.Add(number);
        foreach (var number in withContent)
        {
            if (number > pageCount || number < 1) numbers.Add(number);
        }

        numbers.Sort();

        var pages = numbers.Select(number =>
        {
            var articles = planned.Articles
                .Where(a => a.Article.Page == number)
                .Select(a => Article(a, date, withContent))
                .ToList();
            return new PageView(
                number,
                Two(number),
                wording.Page(number),
                names.GetValueOrDefault(number),
                articles.Count > 0 ? urls.Page(date, number) : null,
                articles);
        }).ToList();

        return new IssueView(
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            wording.Date(date),
            date.Year,
            date.Month,
            date.Day,
            wording.Weekday(date),
            issue.LunarDate,
            issue.IssueNumber,
            pageCount,
            urls.Issue(date),
            pages);
    }

    public IssueLinkView Link(PlannedIssue planned) => new(
        planned.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        wording.Date(planned.Date),
        planned.Content.Issue.IssueNumber,
        urls.Issue(planned.Date));

    private ArticleView Article(Content.ArticleContent content, DateOnly date, HashSet<int> withContent)
    {
        var article = content.Article;
        return new ArticleView(
            article.Id,
            article.Page,
            article.Order,
            Blank(article.Kicker),
            article.Title,
            Blank(article.Subtitle),
            Blank(article.Column),
            Blank(article.Byline),
            article.Authors,
            Blank(article.Dateline),
            urls.Article(date, article.Page, article.Order),
            content.Excerpt,
            // Bodies are loaded only for the article page being rendered (see RenderPass).
            "",
            PageRef(article.ContinuedTo, date, withContent),
            PageRef(article.ContinuedFrom, date, withContent),
            urls.ArticleText(date, article.Page, article.Order),
            wording.Citation(publication, date, article.Page, article.Title, urls.Absolute(urls.ArticlePath(date, article.Page, article.Order))),
            NameIndex.Names(article.Authors).Select(name => new NameLinkView(name, NamePage(NameIndex.Authors, name))).ToList(),
            NameIndex.Names([article.Column]).Select(name => NamePage(NameIndex.Columns, name)).FirstOrDefault(),
            Lines(article.Summary),
            Lines(article.Credits),
            Lines(article.Signature));
    }

    private string NamePage(string kind, string name) => urls.NamePage(kind, NameSlug.Of(name), 1);

    private PageRefView? PageRef(int? page, DateOnly date, HashSet<int> withContent) => page is { } number
        ? new PageRefView(number, Two(number), wording.Page(number), withContent.Contains(number) ? urls.Page(date, number) : null)
        : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The lines that show something; a blank line in hand-edited front matter would print an empty element.</summary>
    private static IReadOnlyList<string> Lines(IReadOnlyList<string> lines) =>
        lines.All(line => !string.IsNullOrWhiteSpace(line)) ? lines : lines.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
