namespace EditionGen.Content;

/// <summary>Everything in <c>content/</c>: the issues, oldest first.</summary>
public sealed record SiteContent(IReadOnlyList<IssueContent> Issues);
