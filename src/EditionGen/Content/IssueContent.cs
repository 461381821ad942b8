using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>
/// An issue read back from <c>content/</c>: its masthead front matter as an <see cref="Model.Issue"/>
/// (articles empty) and its articles in page and reading order.
/// </summary>
public sealed record IssueContent(string SourcePath, Issue Issue, IReadOnlyList<ArticleContent> Articles)
{
    public DateOnly Date => Issue.Date ?? throw new InvalidOperationException($"{SourcePath} has no date.");
}
