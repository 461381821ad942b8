namespace EditionGen.Render.Views;

/// <summary>An author or column of an article, linked to its index page (<c>article.author_links</c>).</summary>
public sealed record NameLinkView(string Name, string Url);
