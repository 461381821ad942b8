namespace EditionGen.Render;

/// <summary>What an index page knows of an article: where it is and its title, never its body.</summary>
internal sealed record IndexedArticle(DateOnly Date, int Page, int Order, string Title);
