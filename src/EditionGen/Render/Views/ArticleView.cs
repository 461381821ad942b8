namespace EditionGen.Render.Views;

/// <summary>An article as templates see it. Every string is plain text to escape, except <c>body_html</c>.</summary>
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
    PageRefView? ContinuedFrom);
