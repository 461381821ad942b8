namespace EditionGen.Render.Views;

/// <summary>A year of the archive with its twelve months.</summary>
public sealed record YearView(int Year, string Url, int IssueCount, IReadOnlyList<MonthView> Months);
