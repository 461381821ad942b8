using System.Globalization;

namespace EditionGen.Render;

/// <summary>Dates and page labels in the site's language, from the theme's interface strings.</summary>
internal sealed class Wording(UiStrings strings)
{
    public UiStrings Strings => strings;

    public string Date(DateOnly date) => strings.Format(
        "date",
        ("year", date.Year),
        ("month", date.Month),
        ("day", date.Day),
        ("monthname", MonthName(date.Month)));

    public string Month(int year, int month) => strings.Format(
        "month",
        ("year", year),
        ("month", month),
        ("monthname", MonthName(month)));

    public string Year(int year) => strings.Format("year", ("year", year));

    public string Weekday(DateOnly date) => strings["weekday_" + ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture)];

    public string Page(int number) => strings.Format("page", ("page", number.ToString("00", CultureInfo.InvariantCulture)));

    /// <summary>The "cite this" line: publication, date as in the masthead, page label, title and permalink.</summary>
    public string Citation(string publication, DateOnly date, int page, string title, string permalink) => strings.Format(
        "citation",
        ("publication", publication),
        ("date", Date(date)),
        ("page", Page(page)),
        ("title", title),
        ("url", permalink));

    public string Archive => strings["archive"];

    /// <summary>作者 or 栏目: the title of a name index.</summary>
    public string NameIndex(string kind) => strings[kind];

    /// <summary>The title of one name's pages: 作者：张晓明, with 第2页 from the second page on.</summary>
    public string NamePage(string kind, string name, int number)
    {
        var title = strings.Format(kind == Render.NameIndex.Authors ? "author_title" : "column_title", ("name", name));
        return number <= 1 ? title : $"{title} · {strings.Format("index_page", ("number", number))}";
    }

    public string NotFound => strings["not_found"];

    public string Search => strings["search"];

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
