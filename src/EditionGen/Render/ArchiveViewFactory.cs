using System.Globalization;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>Builds the archive calendars: every year with an issue, its twelve months, weeks Monday first.</summary>
internal sealed class ArchiveViewFactory(UrlBuilder urls, Wording wording)
{
    public IReadOnlyList<YearView> Build(IReadOnlyList<PlannedIssue> issues)
    {
        // Keyed by the day's number: a dictionary keyed by dates is compiled afresh at every start.
        var byDate = issues.ToDictionary(i => i.Date.DayNumber);
        return issues
            .Select(i => i.Date.Year)
            .Distinct()
            .Order()
            .Select(year => new YearView(
                year,
                urls.ArchiveYear(year),
                issues.Count(i => i.Date.Year == year),
                Enumerable.Range(1, 12).Select(month => Month(year, month, byDate)).ToList()))
            .ToList();
    }

    private MonthView Month(int year, int month, Dictionary<int, PlannedIssue> byDate)
    {
        var first = new DateOnly(year, month, 1);
        var days = DateTime.DaysInMonth(year, month);
        var leading = ((int)first.DayOfWeek + 6) % 7;
        var cells = new List<DayView?>();
        cells.AddRange(Enumerable.Repeat<DayView?>(null, leading));
        var count = 0;
        for (var day = 1; day <= days; day++)
        {
            var date = new DateOnly(year, month, day);
            var issue = byDate.GetValueOrDefault(date.DayNumber);
            if (issue is not null) count++;
            cells.Add(new DayView(
                day,
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                wording.Date(date),
                issue is null ? null : urls.Issue(date),
                issue?.Content.Issue.IssueNumber));
        }
        while (cells.Count % 7 != 0) cells.Add(null);
        var weeks = cells.Chunk(7).Select(w => (IReadOnlyList<DayView?>)w).ToList();
        return new MonthView(year, month, wording.Month(year, month), count > 0 ? urls.ArchiveMonth(year, month) : null, count, weeks);
    }
}
