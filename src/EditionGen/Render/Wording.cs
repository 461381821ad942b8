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

    public string Archive => strings["archive"];

    public string NotFound => strings["not_found"];

    public string Search => strings["search"];

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
