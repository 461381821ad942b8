using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>An article body three ways: HTML for pages, plain text for <c>article.txt</c> and search, blocks for JSON.</summary>
public sealed record ArticleBody(string Html, string PlainText, IReadOnlyList<Block> Blocks);
