namespace EditionGen.Render.Views;

/// <summary>An issue as templates see it: its masthead and every page of 今日N版, empty pages included.</summary>
public sealed record IssueView(
    string Date,
    string DateText,
    int Year,
    int Month,
    int Day,
    string Weekday,
    string? LunarDate,
    int? IssueNumber,
    int PageCount,
    string Url,
    IReadOnlyList<PageView> Pages)
{
    public IEnumerable<ArticleView> Articles => Pages.SelectMany(p => p.Articles);
}
