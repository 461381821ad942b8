namespace EditionGen.Render.Views;

/// <summary>An article as templates see it. Every string is plain text to escape, except <c>body_html</c>.</summary>
/// <param name="BodyHtml">The body as HTML on the article's own page; empty in lists such as an issue's pages and for the
/// previous and next article, because bodies are read from their files only for the page that shows them.</param>
/// <param name="TextUrl">The plain-text version of the article, <c>article.txt</c> beside its page.</param>
/// <param name="AuthorLinks">Each of <c>authors</c> with the URL of its index page.</param>
/// <param name="ColumnUrl">The index page of <c>column</c>, null without a column.</param>
/// <param name="Citation">How to cite the article: publication, date, page, title and permalink, from <c>t.citation</c>.</param>
/// <param name="Summary">The summary or deck printed with the headline, a line each as printed (■ kept).</param>
/// <param name="Credits">Credits of photos and graphics as printed, such as 制图：….</param>
/// <param name="Signature">A letter's signature and date lines as printed, in order.</param>
public sealed record ArticleView(
    string Id,
    int Page,
    int Order,
    string? Kicker,
    string Title,
    string? Subtitle,
    string? Column,
    string? Byline,
    IReadOnlyList<string> Authors,
    string? Dateline,
    string Url,
    string Excerpt,
    string BodyHtml,
    PageRefView? ContinuedTo,
    PageRefView? ContinuedFrom,
    string TextUrl,
    string Citation,
    IReadOnlyList<NameLinkView> AuthorLinks,
    string? ColumnUrl,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Credits,
    IReadOnlyList<string> Signature);
