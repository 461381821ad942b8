using System.Text.RegularExpressions;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;
using EditionGen.Tests.Build;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Ingest.Reading;

/// <summary>
/// Real issues of the corpus beside the repository, printed again in conventions other papers' exports use and
/// the corpus does not: paragraphs indented with a tab, page markers and the masthead date in full-width digits,
/// the masthead date in Chinese numerals, no masthead at all (the seed's file name gives the date). Each must read
/// exactly as the issue as the corpus prints it.
/// </summary>
public partial class CorpusConventionSpecs
{
    private static readonly string Issues = Path.GetFullPath(Path.Combine(SampleEdition.RepositoryRoot, "..", "shared", "corpus", "issues"));

    public static TheoryData<string> Conventions => new() { "tab indents", "full-width digits", "Chinese numeral date", "no masthead" };

    [SkippableTheory]
    [MemberData(nameof(Conventions))]
    public void A_real_issue_printed_in_another_convention_reads_the_same(string convention)
    {
        ExternalTool.Require(Directory.Exists(Issues), $"the corpus {Issues} is not beside the repository.");
        // The first issue of each month, whatever the corpus holds.
        var seeds = Directory.GetFiles(Issues, "*.txt").Order(StringComparer.Ordinal).GroupBy(p => Path.GetFileName(p)[..7]).Select(g => g.First()).ToList();
        Assert.NotEmpty(seeds);
        var changed = 0;
        foreach (var seed in seeds)
        {
            var text = SeedDecoder.Read(seed);
            var relaid = Relay(text, convention);
            changed += relaid == text ? 0 : 1;
            AssertSameReading(IssueParser.Parse(text, seed), IssueParser.Parse(relaid, seed));
        }

        Assert.True(changed > 0, $"no issue was printed differently with {convention}");
    }

    private static string Relay(string text, string convention)
    {
        var lines = text.Split('\n');
        var masthead = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var marker = Marker().IsMatch(line);
            masthead &= !marker;
            lines[i] = convention switch
            {
                "tab indents" => line.StartsWith("\u3000\u3000", StringComparison.Ordinal) ? "\t" + line[2..] : line,
                "full-width digits" => marker || masthead && Date().IsMatch(line) ? FullWidth(line) : line,
                "Chinese numeral date" => masthead ? Date().Replace(line, ChineseDate) : line,
                "no masthead" => masthead ? "" : line,
                _ => throw new ArgumentOutOfRangeException(nameof(convention)),
            };
        }

        return string.Join('\n', lines);
    }

    private static string FullWidth(string line) => string.Concat(line.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c));

    private static string ChineseDate(Match date)
    {
        const string digits = "〇一二三四五六七八九";
        static string Small(int n) => n switch
        {
            < 10 => "一二三四五六七八九"[n - 1].ToString(),
            10 => "十",
            < 20 => "十" + Small(n - 10),
            _ => "〇一二三"[n / 10] + "十" + (n % 10 == 0 ? "" : Small(n % 10)),
        };
        var year = string.Concat(date.Groups["y"].Value.Select(c => digits[c - '0']));
        return year + "年" + Small(int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)) + "月"
            + Small(int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)) + "日";
    }

    private static void AssertSameReading(Issue expected, Issue actual)
    {
        Assert.NotNull(expected.Date);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Pages.Select(p => p.Number), actual.Pages.Select(p => p.Number));
        Assert.Equal(expected.Articles.Count, actual.Articles.Count);
        for (var i = 0; i < expected.Articles.Count; i++)
        {
            var (e, a) = (expected.Articles[i], actual.Articles[i]);
            Assert.Equal((e.Page, e.Kicker, e.Title, e.Subtitle), (a.Page, a.Kicker, a.Title, a.Subtitle));
            Assert.Equal(e.Blocks.Select(b => (b.Type, b.Text)), a.Blocks.Select(b => (b.Type, b.Text)));
        }
    }

    /// <summary>A page marker as the corpus prints it: 第1版, 第01版, === 第1版 ===.</summary>
    [GeneratedRegex(@"^\s*(?:=+\s*)?第\d{1,3}版(?:\s*=+)?\s*$")]
    private static partial Regex Marker();

    /// <summary>A date standing alone on its line, as the masthead prints it.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日(?=\s*$)")]
    private static partial Regex Date();
}
