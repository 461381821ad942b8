using System.Diagnostics;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;
using EditionGen.Tests.Build;
using EditionGen.Tests.Support;
using Xunit.Abstractions;

namespace EditionGen.Tests.Ingest.Parsing;

public class SampleIssueSpecs(ITestOutputHelper output)
{
    // The reading that the product is held to lives beside the repository, in shared/.
    private static readonly string Checker = Path.GetFullPath(
        Path.Combine(SampleEdition.RepositoryRoot, "..", "shared", "tools", "check_sample.py"));

    private static Issue Sample() => IssueParser.Parse(SampleSeed.Text(), SampleSeed.Name);

    [SkippableFact]
    public void The_sample_reads_perfectly_by_the_sample_checker()
    {
        ExternalTool.Require(File.Exists(Checker), $"the sample checker {Checker} is not beside the repository.");
        ExternalTool.Require(ExternalTool.Find("python3") is not null, "python3 is not installed, so the sample checker cannot run.");
        var parsed = Path.Combine(Path.GetTempPath(), $"editiongen-sample-{Guid.NewGuid():N}.json");
        File.WriteAllText(parsed, IssueJson.Serialize(Sample()));
        try
        {
            ProcessStartInfo start = new("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Checker);
            start.ArgumentList.Add(parsed);
            using var process = Process.Start(start)!;
            var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            output.WriteLine(report);
            Assert.True(process.ExitCode == 0, report);
            Assert.Contains("cuts joined 14/14, wrongly glued 0, seed characters missing 0", report);
        }
        finally
        {
            File.Delete(parsed);
        }
    }

    [Fact]
    public void The_sample_has_seven_articles_in_reading_order()
    {
        var issue = Sample();

        Assert.Equal(
            ["天山南北奏响高质量发展“变奏曲”", "习近平同志《论科技自立自强》出版发行", "努力在高质量发展中闯出新路子",
             "抓住机遇扬长补短 开创高质量发展新局面", "阿勒泰地委召开第二十二次地委委员会(扩大)会议", "爱路护路从我做起",
             "阿勒泰市医疗保障局破解医保为民服务“难点堵点痛点”"],
            issue.Articles.Select(a => a.Title));
    }

    [Fact]
    public void The_sample_masthead_is_read_with_its_promotion_kept()
    {
        var issue = Sample();

        Assert.Equal(new DateOnly(2023, 5, 30), issue.Date);
        Assert.Equal("癸卯年四月十二", issue.LunarDate);
        Assert.Equal("星期二", issue.Weekday);
        Assert.Equal(10246, issue.IssueNumber);
        Assert.Equal(4, issue.PageCount);
        Assert.Equal(new Contacts("aletaibao@126.com", "0906-2315631"), issue.Contacts);
        Assert.Equal(["扫描下方二维码客户端", "获取更多新闻资讯"], issue.MastheadExtras);
    }

    [Fact]
    public void The_headline_printed_after_its_body_is_given_to_that_body_with_a_warning()
    {
        var issue = Sample();

        var article = issue.Articles[2];
        Assert.Equal("努力在高质量发展中闯出新路子", article.Title);
        Assert.Equal("贯彻自治区党委十届八次全会精神，我区各地各部门表示——", article.Kicker);
        Assert.Equal("石榴云/新疆日报记者", article.Byline);
        Assert.Contains("张云梅", article.Authors);
        Assert.Contains("柏热扎提·阿不都", article.Authors);
        Assert.Contains(issue.Warnings, w => w.Code == "EG0120" && w.Line == 94);
    }

    [Fact]
    public void Bylines_datelines_and_photo_credits_are_read_in_their_printed_forms()
    {
        var issue = Sample();

        Assert.Equal(["徐新星", "吴泽思"], issue.Articles[0].Authors);
        Assert.Equal("新华社北京5月28日电", issue.Articles[1].Dateline);
        Assert.Equal("新疆日报评论员", issue.Articles[3].Byline);
        Assert.Empty(issue.Articles[3].Authors);
        Assert.Equal(["胡俊秀", "王宽"], issue.Articles[4].Authors);
        Assert.Equal("通讯员 巴特尔汉·别尔马汉 摄", issue.Articles[5].Byline);
        Assert.Equal(["巴特尔汉·别尔马汉"], issue.Articles[5].Authors);
        Assert.Equal("民生连线", issue.Articles[6].Column);
    }

    [Fact]
    public void The_continuation_mark_becomes_continued_to_and_leaves_the_text()
    {
        var article = Sample().Articles[0];

        Assert.Equal(2, article.ContinuedTo);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("下转", StringComparison.Ordinal));
    }

    [Fact]
    public void The_hotline_numbers_at_the_end_are_a_list_under_their_lead_in()
    {
        var last = Sample().Articles[6].Blocks[^1];

        Assert.Equal(BlockType.List, last.Type);
        Assert.Equal("阿勒泰市医保热线电话：", last.Text);
        Assert.Equal(4, last.Items!.Count);
    }

    [Fact]
    public void The_latin_word_in_chinese_text_is_flagged()
    {
        Assert.Contains(Sample().Warnings, w => w.Code == "EG0122" && w.Line == 40);
    }
}
