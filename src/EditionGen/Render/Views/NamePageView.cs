namespace EditionGen.Render.Views;

/// <summary>
/// The <c>name_page</c> object: one page of the articles of an author or a column, newest first, twenty a page.
/// <c>previous_url</c> and <c>next_url</c> are null on the first and last page.
/// </summary>
public sealed record NamePageView(
    string Kind,
    string Name,
    string Title,
    string Url,
    string IndexTitle,
    string IndexUrl,
    int Number,
    int PageCount,
    int ArticleCount,
    IReadOnlyList<IndexedArticleView> Articles,
    string? PreviousUrl,
    string? NextUrl);
