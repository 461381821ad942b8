using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>
/// An article read back from <c>content/</c>: its front matter as an <see cref="Model.Article"/> (blocks empty),
/// a plain-text <see cref="Excerpt"/> of its body for teasers and descriptions, and where its body comes from.
/// The body itself is not kept: <see cref="LoadBody"/> reads and renders it each time it is asked for, so a
/// whole archive can be held in memory while only the article being rendered has its body.
/// <see cref="SourcePath"/> is relative to the site root, such as <c>content/2023/05/30/01-01.md</c>.
/// </summary>
public sealed record ArticleContent(string SourcePath, Article Article, string Excerpt, ArticleBodySource Body)
{
    /// <summary>An article whose body is already rendered, such as one made in memory rather than read from a file.</summary>
    public static ArticleContent Of(string sourcePath, Article article, ArticleBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new ArticleContent(sourcePath, article, Content.Excerpt.Of(body.PlainText), ArticleBodySource.FromBody(body));
    }

    /// <summary>
    /// The body, read and rendered now (Markdown is the truth for the blocks), or null after reporting to
    /// <paramref name="diagnostics"/> why it could not be read.
    /// </summary>
    public ArticleBody? LoadBody(DiagnosticBag diagnostics) => Body.Load(SourcePath, diagnostics);
}
