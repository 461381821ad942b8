namespace EditionGen.Render.Views;

/// <summary>A day of an archive calendar; <c>url</c> and <c>issue_number</c> are set when an issue appeared that day.</summary>
public sealed record DayView(int Day, string Date, string DateText, string? Url, int? IssueNumber)
{
    public bool HasIssue => Url is not null;
}
