using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>
/// An article read back from <c>content/</c>: its front matter as an <see cref="Model.Article"/>
/// (its blocks read back from the Markdown body, which is the truth), the body rendered to HTML
/// by Markdig, and the body's visible text (one line per block or list item) for descriptions and search.
/// <see cref="SourcePath"/> is relative to the site root, such as <c>content/2023/05/30/01-01.md</c>.
/// </summary>
public sealed record ArticleContent(string SourcePath, Article Article, string BodyHtml, string PlainText);
