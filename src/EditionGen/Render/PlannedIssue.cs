using EditionGen.Content;

namespace EditionGen.Render;

/// <summary>An issue that will be rendered: its date and its articles sorted by page and order, duplicates dropped.</summary>
internal sealed record PlannedIssue(IssueContent Content, DateOnly Date, IReadOnlyList<ArticleContent> Articles);
