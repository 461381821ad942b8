using System.Globalization;
using System.Text;

namespace EditionGen.Benchmarks.Build;

/// <summary>
/// An archive of issues shaped like the sample but each one different: consecutive dates, 4 to 12 pages with
/// page markers, 5 to 10 articles a page, each with a headline and sometimes a kicker, a subtitle and a byline,
/// and paragraphs recombined from the sample's, about one in five cut where a column ended.
/// The same number of issues always gives the same seeds, so runs can be compared.
/// </summary>
public static class SampleShapedArchive
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭"];
    private static readonly string[] Given = ["新星", "泽思", "俊秀", "宽", "世菊", "云梅", "艳芳", "伊宁", "有军", "沁言", "治立", "勇", "慧", "明海", "天平", "赞"];
    private static readonly string[] PageNames = ["要闻", "综合", "时政", "经济", "民生", "文化", "体育", "副刊", "专版", "国际", "社会", "理论"];
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>Writes <paramref name="issues"/> seeds, from 2014-01-01 on, into a new edition folder.</summary>
    public static string CreateEdition(int issues, string? root = null)
    {
        root ??= Directory.CreateTempSubdirectory("editiongen-bench-").FullName;
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(SyntheticArchive.RepositoryRoot, "edition.yml"), Path.Combine(root, "edition.yml"), overwrite: true);
        var material = Material.From(SyntheticArchive.SampleSeed);
        for (var i = 0; i < issues; i++) WriteSeed(root, i, material);
        return root;
    }

    /// <summary>Writes the seed of the issue after the first <paramref name="issues"/>, as a daily paper adds one each day; returns its file name.</summary>
    public static string AddIssue(string root, int issues) => WriteSeed(root, issues, Material.From(SyntheticArchive.SampleSeed));

    private static string WriteSeed(string root, int index, Material material)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        var date = new DateOnly(2014, 1, 1).AddDays(index);
        var name = $"{date:yyyyMMdd}.txt";
        File.WriteAllText(Path.Combine(seeds, name), Seed(date, 7000 + index, new Random(index), material));
        return name;
    }

    private static string Seed(DateOnly date, int number, Random random, Material material)
    {
        var pages = random.Next(4, 13);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日\n癸卯年四月十二\n{Weekdays[(int)date.DayOfWeek]}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"总第{number}期\n今日{pages}版\n\nE-mail: aletaibao@126.com\n\n新闻热线：\n0906-2315631\n\n");
        for (var page = 1; page <= pages; page++)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{page:00}版：{PageNames[(page - 1) % PageNames.Length]}\n\n");
            var articles = random.Next(5, 11);
            for (var a = 0; a < articles; a++) Article(text, random, material);
        }

        return text.ToString();
    }

    private static void Article(StringBuilder text, Random random, Material material)
    {
        if (random.Next(4) == 0) text.Append(Pick(random, material.Kickers)).Append("——\n\n");
        text.Append(Pick(random, material.Titles)).Append("\n\n");
        if (random.Next(5) == 0) text.Append("——").Append(Pick(random, material.Titles)).Append("\n\n");
        var paragraphs = random.Next(2, 7);
        var lead = random.Next(3) == 0;
        if (!lead && random.Next(2) == 0) text.Append("□本报记者 ").Append(Name(random)).Append("\n\n");
        for (var p = 0; p < paragraphs; p++)
        {
            var paragraph = Pick(random, material.Paragraphs);
            if (p == 0 && lead) paragraph = $"本报讯(记者 {Name(random)}){paragraph}";
            if (paragraph.Length > 60 && random.Next(5) == 0)
            {
                // A column ended inside the paragraph: the rest follows after a blank line.
                var cut = random.Next(20, paragraph.Length - 20);
                text.Append(paragraph.AsSpan(0, cut)).Append("\n\n").Append(paragraph.AsSpan(cut)).Append("\n\n");
            }
            else
            {
                text.Append(paragraph).Append("\n\n");
            }
        }
    }

    private static string Name(Random random) => Pick(random, Surnames) + Pick(random, Given);

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    /// <summary>Headlines and paragraphs taken from the sample seed.</summary>
    private sealed record Material(IReadOnlyList<string> Titles, IReadOnlyList<string> Kickers, IReadOnlyList<string> Paragraphs)
    {
        public static Material From(string sample)
        {
            var lines = sample.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var paragraphs = lines
                .Where(l => l.Length >= 40 && l[^1] is '。' or '”' && !l.Contains('转', StringComparison.Ordinal) && !l.Contains("接第", StringComparison.Ordinal) && !l.StartsWith("本报讯", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var titles = lines
                .Where(l => l.Length is >= 6 and <= 20 && !l.Any(c => c is '。' or '，' or '：' or ':' or '、' or '□' or '(' or '（' or '“' or '”' or '—' or ' ' or '摄') && !l.Any(char.IsAsciiDigit))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var kickers = titles.Where(t => t.Length >= 8).Select(t => t[..(t.Length / 2)] + "各地" + t[(t.Length / 2)..]).ToList();
            return new Material(titles, kickers, paragraphs);
        }
    }
}
