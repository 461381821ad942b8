using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Model;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>Content files written before articles had summaries, credits and signatures and pages had running heads.</summary>
public class OlderContentSpecs
{
    // Exactly what ingest wrote for this issue before those keys existed, hashes included.
    private const string OldIndex = """
        ---
        source: "old.txt"
        date: 2023-05-30
        lunar_date: null
        weekday: "星期二"
        issue_number: 10246
        page_count: 4
        contacts:
          email: null
          hotline: null
        masthead_extras: []
        pages:
          - number: 1
            name: "要闻"
        unassigned: []
        ingest_hash: sha256-7c427f83a2f19ee64adda5bc83d7036effdb4f41ecf48c95241ea599206ea08f
        ---

        """;

    private const string OldArticle = """
        ---
        id: "01-01"
        page: 1
        order: 1
        kicker: null
        title: "努力在高质量发展中闯出新路子"
        subtitle: null
        column: "要闻速递"
        byline: "记者 徐新星"
        authors:
          - "徐新星"
        dateline: null
        continued_to: null
        continued_from: null
        source_lines: {first: 14, last: 20}
        ingest_hash: sha256-a54aa8af9ef30e4020e63e8f0fe6b186621d23760526efd4c6bb7e73e93438f2
        ---

        正文第一段。

        """;

    private static readonly Issue SameIssue = new()
    {
        Source = "old.txt",
        Date = new DateOnly(2023, 5, 30),
        Weekday = "星期二",
        IssueNumber = 10246,
        PageCount = 4,
        Pages = [new PageInfo(1, "要闻")],
        Articles =
        [
            new Article
            {
                Id = "01-01",
                Page = 1,
                Order = 1,
                Title = "努力在高质量发展中闯出新路子",
                Column = "要闻速递",
                Byline = "记者 徐新星",
                Authors = ["徐新星"],
                SourceLines = new LineRange(14, 20),
                Blocks = [Block.Paragraph("正文第一段。")],
            },
        ],
    };

    private static TempDir OldSite()
    {
        var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", Lf(OldIndex));
        site.Write("content/2023/05/30/01-01.md", Lf(OldArticle));
        return site;
    }

    [Fact]
    public void An_older_content_file_reads_as_before_with_no_summary_credits_signature_or_running_heads()
    {
        using var site = OldSite();
        var diagnostics = new DiagnosticBag();

        var issue = Assert.Single(ContentReader.Read(site["content"], diagnostics).Issues);

        Assert.Empty(diagnostics);
        var page = Assert.Single(issue.Issue.Pages);
        Assert.Equal((1, "要闻"), (page.Number, page.Name));
        Assert.Empty(page.RunningHeads);
        var article = Assert.Single(issue.Articles).Article;
        var expected = SameIssue.Articles[0];
        Assert.Equal(
            (expected.Id, expected.Title, expected.Column, expected.Byline, expected.SourceLines),
            (article.Id, article.Title, article.Column, article.Byline, article.SourceLines));
        Assert.Equal(expected.Authors, article.Authors);
        Assert.Empty(article.Summary);
        Assert.Empty(article.Credits);
        Assert.Empty(article.Signature);
        Assert.Null(article.Confidence);
    }

    [Fact]
    public void Ingest_of_the_same_issue_leaves_older_files_byte_for_byte_unchanged()
    {
        using var site = OldSite();

        var result = ContentWriter.Write(SameIssue, site["content"], ContentWriteOptions.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Written);
        Assert.Equal(["content/2023/05/30/_index.md", "content/2023/05/30/01-01.md"], result.Unchanged);
    }

    [Fact]
    public void An_older_file_is_still_recognised_as_unedited_and_replaced_when_the_seed_gains_a_summary()
    {
        using var site = OldSite();
        var withSummary = SameIssue with { Articles = [SameIssue.Articles[0] with { Summary = ["■ 新的摘要"] }] };

        var result = ContentWriter.Write(withSummary, site["content"], ContentWriteOptions.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["content/2023/05/30/01-01.md"], result.Written);
        Assert.Contains("summary:\n  - \"■ 新的摘要\"\n", site.Read("content/2023/05/30/01-01.md"), StringComparison.Ordinal);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
