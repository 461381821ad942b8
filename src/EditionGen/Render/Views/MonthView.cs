namespace EditionGen.Render.Views;

/// <summary>
/// A month of the archive: <c>weeks</c> are rows of seven cells, Monday first; a cell outside the month is null.
/// <c>url</c> is null when the month has no issue.
/// </summary>
public sealed record MonthView(int Year, int Month, string Label, string? Url, int IssueCount, IReadOnlyList<IReadOnlyList<DayView?>> Weeks);
