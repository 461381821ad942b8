using System.Text;
using AngleSharp.Html.Parser;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Model;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>Whatever ingest writes, content reads back: the same metadata and the same visible text.</summary>
public class RoundTripSpecs
{
    public static TheoryData<string> TrickyTexts => new()
    {
        "*强调* _下划线_ **加粗** `代码` ~~删除~~",
        "# 不是标题",
        "1. 不是列表",
        "2023) 也不是列表",
        "- 不是列表项",
        "+ 也不是",
        "> 不是引用",
        "<script>alert('x')</script>",
        "&amp; &lt; &#32; &copy;",
        "[链接](https://example.org) ![图](a.png)",
        "表格 | 竖线 | 分隔",
        "{{ page.title }} {% raw %}",
        ":::note",
        "::内联容器::",
        "冒号: 井号 # 引号 \" 单引号 ' 反斜杠 \\ 结尾反斜杠\\",
        "null",
        "~",
        "yes",
        "- ",
        "---",
        "===",
        "    四个空格开头",
        "\t制表符开头",
        "结尾空格  ",
        "\u3000\u3000全角空格开头，结尾也有\u3000",
        "“中文引号”、《书名号》、【方括号】、——破折号……省略号！？",
        "表情 😀🎉 与组合 👨‍👩‍👧",
        "第一行\n第二行",
        "中间有空行\n\n之后",
        "结尾换行\n",
        "\n开头换行",
        "***",
        "a_b_c 与 snake_case",
        "5.30 与 10:30 与 0906-2315631",
        "aletaibao@126.com http://www.example.com www.example.com",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void A_tricky_text_reads_back_unchanged_in_every_place(string text)
    {
        var (written, read) = WriteAndRead(ArticleWith(text));

        Assert.Equal(WithoutLists(written), WithoutLists(read.Article));
        Assert.Equal(written.Authors, read.Article.Authors);
        Assert.Equal(written.Summary, read.Article.Summary);
        Assert.Equal(written.Credits, read.Article.Credits);
        Assert.Equal(written.Signature, read.Article.Signature);
        AssertSameBlocks(written.Blocks, read.Article.Blocks);
        AssertHtmlShows(written.Blocks, read.BodyHtml);
    }

    [Fact]
    public void Random_texts_made_of_special_characters_read_back_unchanged()
    {
        // A fixed seed keeps the property test repeatable; the alphabet is every character that means something somewhere.
        var random = new Random(20230530);
        const string alphabet = "*_`#-+=>.<!&;[](){}|~:\\\"' \t\n1234567890abc中文，。“”\u3000😀%@/^$";
        for (var round = 0; round < 30; round++)
        {
            // Ten articles an issue: 300 texts, but only 30 trips through the file system.
            var written = Enumerable.Range(1, 10)
                .Select(order => ArticleWith(RandomText(random, alphabet)) with { Id = Article.MakeId(1, order), Order = order })
                .ToList();

            var read = WriteAndRead(written);

            Assert.Equal(written.Count, read.Count);
            for (var i = 0; i < written.Count; i++)
            {
                Assert.Equal(written[i].Title, read[i].Article.Title);
                AssertSameBlocks(written[i].Blocks, read[i].Article.Blocks);
                AssertHtmlShows(written[i].Blocks, read[i].BodyHtml);
            }
        }
    }

    [Fact]
    public void Two_lists_in_a_row_stay_two_lists()
    {
        var blocks = new[]
        {
            new Block(BlockType.List, "", ["甲", "乙"]),
            new Block(BlockType.List, "", ["丙"]),
            new Block(BlockType.List, "又一个导语：", ["丁"]),
        };
        var (written, read) = WriteAndRead(ArticleWith("正文") with { Blocks = blocks });

        AssertSameBlocks(written.Blocks, read.Article.Blocks);
    }

    [Fact]
    public void Front_matter_strings_with_control_characters_read_back_unchanged()
    {
        var text = "回车\r换行\n制表\t空字符\u0001下一行\u0085分隔\u2028标记\uFEFF";
        var (written, read) = WriteAndRead(ArticleWith("正文") with { Title = text, Byline = text, Authors = [text] });

        Assert.Equal(written.Title, read.Article.Title);
        Assert.Equal(written.Byline, read.Article.Byline);
        Assert.Equal(written.Authors, read.Article.Authors);
    }

    [Fact]
    public void Running_heads_with_brackets_commas_quotes_and_controls_read_back_unchanged()
    {
        using var site = new TempDir();
        string[] heads = ["第01版", "[要闻], \"头条\"", "# 井号: 冒号", "null", "", "回车\r换行\n\u2028", "{{ page.title }}"];
        var issue = SampleIssue.Create() with { Pages = [new PageInfo(1, "要闻") { RunningHeads = heads }], Articles = [ArticleWith("正文")] };
        Assert.Empty(ContentWriter.Write(issue, site["content"], ContentWriteOptions.Default).Diagnostics);
        var diagnostics = new DiagnosticBag();

        var read = Assert.Single(ContentReader.Read(site["content"], diagnostics).Issues);

        Assert.Empty(diagnostics);
        Assert.Equal(heads, Assert.Single(read.Issue.Pages).RunningHeads);
    }

    private static Article ArticleWith(string text) => new()
    {
        Id = "01-01",
        Page = 1,
        Order = 1,
        Kicker = text,
        Title = text,
        Subtitle = text,
        Column = text,
        Byline = text,
        Authors = [text, "徐新星"],
        Dateline = text,
        Summary = [text, "■ 摘要第二行"],
        Credits = [text],
        Signature = ["署名", text],
        ContinuedTo = 2,
        SourceLines = new LineRange(3, 9),
        Blocks =
        [
            Block.Paragraph(text),
            Block.Subhead(text),
            new Block(BlockType.List, text, [text, "第二项"]),
            Block.Paragraph("列表之后：" + text),
            new Block(BlockType.Caption, text),
            new Block(BlockType.Note, text),
        ],
    };

    /// <summary>The article without its lists, which compare by reference in a record; they are compared one by one.</summary>
    private static Article WithoutLists(Article article) =>
        article with { Blocks = [], Authors = [], Summary = [], Credits = [], Signature = [] };

    /// <summary>An article as read back, its blocks and HTML from its body, loaded while its file is still there.</summary>
    private sealed record ReadBack(Article Article, string BodyHtml);

    private static (Article Written, ReadBack Read) WriteAndRead(Article article) =>
        (article, Assert.Single(WriteAndRead([article])));

    private static IReadOnlyList<ReadBack> WriteAndRead(IReadOnlyList<Article> articles)
    {
        using var site = new TempDir();
        var issue = SampleIssue.Create() with { Articles = articles };
        var result = ContentWriter.Write(issue, site["content"], ContentWriteOptions.Default);
        Assert.Empty(result.Diagnostics);
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Empty(diagnostics);
        return Assert.Single(content.Issues).Articles.Select(read =>
        {
            var body = read.LoadBody(diagnostics)!;
            Assert.Empty(diagnostics);
            return new ReadBack(read.Article with { Blocks = body.Blocks }, body.Html);
        }).ToList();
    }

    /// <summary>Body text goes through Markdown, which has one line end: a CR in seed text reads back as LF.</summary>
    private static void AssertSameBlocks(IReadOnlyList<Block> expected, IReadOnlyList<Block> actual)
    {
        var shown = expected.Where(b => b.Text.Length > 0 || b.Type == BlockType.List).ToList();
        Assert.Equal(shown.Count, actual.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            Assert.Equal(shown[i].Type, actual[i].Type);
            Assert.Equal(shown[i].Text, actual[i].Text);
            Assert.Equal(shown[i].Items ?? [], actual[i].Items ?? []);
        }
    }

    /// <summary>The HTML's text, with each &lt;br&gt; and the line end after it read as one line break, is the seed text.</summary>
    private static void AssertHtmlShows(IReadOnlyList<Block> blocks, string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html.Replace("<br />\n", "<br />", StringComparison.Ordinal) + "</body>");
        foreach (var br in document.QuerySelectorAll("br").ToList()) br.Replace(document.CreateTextNode("\n"));
        var elements = document.Body!.QuerySelectorAll("body > p, body > h2, li, div > p").Select(e => e.TextContent).ToList();
        var expected = new List<string>();
        foreach (var block in blocks)
        {
            if (block.Type == BlockType.List)
            {
                if (block.Text.Length > 0) expected.Add(block.Text);
                expected.AddRange(block.Items!.Where(item => item.Length > 0));
            }
            else if (block.Text.Length > 0) expected.Add(block.Text);
        }
        Assert.Equal(expected, elements);
    }

    private static string RandomText(Random random, string alphabet)
    {
        var runes = alphabet.EnumerateRunes().ToArray();
        var builder = new StringBuilder();
        var length = random.Next(1, 24);
        for (var i = 0; i < length; i++) builder.Append(runes[random.Next(runes.Length)].ToString());
        return builder.ToString();
    }
}
