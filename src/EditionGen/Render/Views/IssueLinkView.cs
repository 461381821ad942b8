namespace EditionGen.Render.Views;

/// <summary>A link to another issue (<c>previous_issue</c>, <c>next_issue</c>).</summary>
public sealed record IssueLinkView(string Date, string DateText, int? IssueNumber, string Url);
