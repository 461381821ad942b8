using System.Globalization;

namespace EditionGen.Render;

/// <summary>Dates and page labels in the site's language: Chinese for <c>zh*</c>, English otherwise.</summary>
internal sealed class Wording(string language)
{
    private static readonly string[] ChineseWeekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    private readonly bool _chinese = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public string Date(DateOnly date) => _chinese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
        : date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public string Month(int year, int month) => _chinese
        ? string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月")
        : new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public string Weekday(DateOnly date) => _chinese
        ? ChineseWeekdays[(int)date.DayOfWeek]
        : date.DayOfWeek.ToString();

    public string Page(int number) => _chinese
        ? string.Create(CultureInfo.InvariantCulture, $"第{number:00}版")
        : string.Create(CultureInfo.InvariantCulture, $"Page {number:00}");

    public string Year(int year) => _chinese
        ? string.Create(CultureInfo.InvariantCulture, $"{year}年")
        : year.ToString(CultureInfo.InvariantCulture);

    public string Archive => _chinese ? "往期回顾" : "Archive";

    public string NotFound => _chinese ? "页面未找到" : "Page not found";
}
