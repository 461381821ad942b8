using System.Globalization;
using System.Text.RegularExpressions;
using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Reads the masthead lines of a seed: date, lunar date, weekday, issue number, page count and contacts.
/// Lines that say something else (promotions, the paper's name) are kept as extras, never dropped.
/// </summary>
internal static partial class MastheadReader
{
    /// <summary>Masthead lines are short; a long line is running text even when it names a date.</summary>
    private const int MaxLineLength = 60;

    /// <summary>Whether a line reads like masthead matter rather than a headline.</summary>
    public static bool IsMastheadLine(string text)
    {
        var line = text.Trim();
        if (line.Length is 0 or > MaxLineLength) return false;
        return MayHoldField(line) && FieldPattern().IsMatch(line) || Promotion().IsMatch(line) || IsPhoneNumber(line);
    }

    /// <summary>Whether every part of a line is a masthead field, so nothing of it is lost by reading the fields.</summary>
    public static bool IsFieldLine(string text)
    {
        var line = text.Trim();
        if (line.Length == 0) return false;
        if (IsPhoneNumber(line)) return true;
        if (!MayHoldField(line)) return false;
        var rest = FieldPattern().Replace(line, "");
        return rest.Length < line.Length && Separators().Replace(rest, "").Length == 0;
    }

    /// <summary>
    /// Whether the line holds a character every masthead field needs (a digit, 年 of a lunar date, 星 or 礼 of
    /// a weekday, 版 of a page count, @ of an e-mail address, 热 of a hotline), so the field pattern can match.
    /// </summary>
    private static bool MayHoldField(string line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c) || c is '年' or '星' or '礼' or '版' or '@' or '热') return true;
        }

        return false;
    }

    public static Masthead Read(IReadOnlyList<SeedLine> lines)
    {
        DateOnly? date = null;
        string? lunar = null, weekday = null, email = null, hotline = null;
        int? issueNumber = null, pageCount = null;
        var pageCountLine = 0;
        var extras = new List<string>();
        var awaitingHotline = false;

        foreach (var seedLine in lines)
        {
            var line = seedLine.Trimmed;
            if (line.Length == 0) continue;

            if (awaitingHotline && IsPhoneNumber(line))
            {
                hotline ??= line;
                awaitingHotline = false;
                continue;
            }

            awaitingHotline = false;
            var recognised = false;
            var dateMatch = DatePattern().Match(line);
            if (dateMatch.Success && date is null)
            {
                date = ToDate(dateMatch);
                recognised |= date is not null;
            }

            var lunarMatch = LunarPattern().Match(line);
            if (lunarMatch.Success)
            {
                lunar ??= lunarMatch.Groups["v"].Value;
                recognised = true;
            }

            var weekdayMatch = WeekdayPattern().Match(line);
            if (weekdayMatch.Success)
            {
                weekday ??= weekdayMatch.Value;
                recognised = true;
            }

            var issueMatch = IssuePattern().Match(line);
            if (issueMatch.Success)
            {
                issueNumber ??= ChineseNumber.Parse(issueMatch.Groups["n"].Value);
                recognised = true;
            }

            var pagesMatch = PageCountPattern().Match(line);
            if (pagesMatch.Success)
            {
                if (pageCount is null)
                {
                    pageCount = ChineseNumber.Parse(pagesMatch.Groups["n"].Value);
                    pageCountLine = seedLine.Number;
                }

                recognised = true;
            }

            var emailMatch = EmailPattern().Match(line);
            if (emailMatch.Success)
            {
                email ??= emailMatch.Groups["v"].Value;
                recognised = true;
            }

            var hotlineMatch = HotlinePattern().Match(line);
            if (hotlineMatch.Success)
            {
                var number = hotlineMatch.Groups["v"].Value.Trim();
                if (number.Length > 0) hotline ??= number;
                else awaitingHotline = hotline is null;
                recognised = true;
            }

            if (!recognised || !IsFieldLine(line)) extras.Add(line);
        }

        return new Masthead
        {
            Date = date,
            LunarDate = lunar,
            Weekday = weekday,
            IssueNumber = issueNumber,
            PageCount = pageCount,
            PageCountLine = pageCountLine,
            Contacts = new Contacts(email, hotline),
            Extras = extras,
        };
    }

    public static bool IsPhoneNumber(string line) => line.Length is >= 7 and <= 40 && PhonePattern().IsMatch(line);

    private static DateOnly? ToDate(Match match)
    {
        // Arabic digits, or Chinese numerals as some mastheads print the date (二〇二三年五月三十日).
        if (ChineseNumber.Parse(match.Groups["y"].Value) is not { } year
            || ChineseNumber.Parse(match.Groups["m"].Value) is not { } month
            || ChineseNumber.Parse(match.Groups["d"].Value) is not { } day) return null;
        return year is >= 1800 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"(?<y>\d{4})\s*(?:年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})(?!\d))|(?<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>十[一二]?|[一二三四五六七八九])\s*月\s*(?<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:农历\s*)?(?<v>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s*[初十廿卅一二三四五六七八九]{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex LunarPattern();

    [GeneratedRegex(@"(?:星期|礼拜)[一二三四五六日天]", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"总?第\s*(?<n>\d{1,7})\s*期", RegexOptions.CultureInvariant)]
    private static partial Regex IssuePattern();

    [GeneratedRegex(@"(?:今日|本期|今天|共)\s*(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个)?版", RegexOptions.CultureInvariant)]
    private static partial Regex PageCountPattern();

    [GeneratedRegex(@"(?i:e-?mail|邮箱|电子邮箱)\s*[:：]?\s*(?<v>[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253})", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:新闻|报料|投稿|读者|服务)?热线(?:电话)?\s*[:：]?\s*(?<v>[\d\-－()（） ]{0,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex HotlinePattern();

    [GeneratedRegex(@"^[\d\-－()（）、,，/ ]{7,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"二维码|扫码|扫描|客户端|公众号|微信|微博|抖音|网址|http|www\.|官网|(?<![A-Za-z])(?:APP|App)(?![a-z])|出版物号|刊号|邮发代号|CN\s?\d{2}-\d{4}|ISSN|机关报|社址|邮编|邮政编码|传真", RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();

    /// <summary>Any masthead field, used to tell masthead lines from headlines and to see what a line leaves over.</summary>
    [GeneratedRegex(@"(?:农历\s*)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s*[初十廿卅一二三四五六七八九]{1,3}|\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2}(?!\d))|[〇○零一二三四五六七八九]{4}\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月\s*(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日|(?:星期|礼拜)[一二三四五六日天]|总?第\s*\d{1,7}\s*期|(?:今日|本期|今天|共)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个)?版|(?i:e-?mail|邮箱|电子邮箱)\s*[:：]?\s*[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}|(?:新闻|报料|投稿|读者|服务)?热线(?:电话)?\s*[:：]?\s*[\d\-－()（） ]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"[\s,，、|｜/·]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
