using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>
/// An article read back from <c>content/</c>: its front matter as an <see cref="Model.Article"/>
/// (blocks empty: the Markdown body is the truth) and the body rendered to HTML by Markdig.
/// </summary>
public sealed record ArticleContent(string SourcePath, Article Article, string BodyHtml, string PlainText);
