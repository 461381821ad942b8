using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Model;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

public class ContentReaderSpecs
{
    private const string Article = "content/2023/05/30/01-01.md";

    private static string ArticleText(string frontMatter, string body = "正文。\n") =>
        "---\n" + frontMatter + "---\n\n" + body;

    private static ArticleBody Body(ArticleContent article)
    {
        var diagnostics = new DiagnosticBag();
        var body = article.LoadBody(diagnostics);
        Assert.Empty(diagnostics);
        return body!;
    }

    private static TempDir SiteWithIssue()
    {
        var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        return site;
    }

    [Fact]
    public void What_ingest_wrote_reads_back_with_the_same_metadata()
    {
        using var site = new TempDir();
        var issue = SampleIssue.Create();
        ContentWriter.Write(issue, site["content"], ContentWriteOptions.Default);
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Empty(diagnostics);
        var read = Assert.Single(content.Issues);
        Assert.Equal("content/2023/05/30/_index.md", read.SourcePath);
        Assert.Equal(issue with { Articles = [], Warnings = [], Pages = [], MastheadExtras = [] }, read.Issue with { Pages = [], MastheadExtras = [] });
        Assert.Equal(issue.Pages.Select(p => (p.Number, p.Name)), read.Issue.Pages.Select(p => (p.Number, p.Name)));
        Assert.Equal(issue.Pages.Select(p => p.RunningHeads), read.Issue.Pages.Select(p => p.RunningHeads));
        Assert.Equal(issue.MastheadExtras, read.Issue.MastheadExtras);
        Assert.Equal(["01-01", "01-02", "02-01", "03-01"], read.Articles.Select(a => a.Article.Id));
        var frontPage = read.Articles[0].Article;
        var expected = SampleIssue.FrontPage();
        Assert.Equal(expected with { Authors = [], Blocks = [] }, frontPage with { Authors = [], Blocks = [] });
        Assert.Equal(expected.Authors, frontPage.Authors);
    }

    [Fact]
    public void A_summary_credits_and_a_signature_read_back_as_the_same_lines_and_confidence_does_not()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var diagnostics = new DiagnosticBag();

        var letter = ContentReader.Read(site["content"], diagnostics).Issues[0].Articles.Single(a => a.Article.Id == "03-01").Article;

        Assert.Empty(diagnostics);
        var expected = SampleIssue.Letter();
        Assert.Equal(expected.Summary, letter.Summary);
        Assert.Equal(expected.Credits, letter.Credits);
        Assert.Equal(expected.Signature, letter.Signature);
        Assert.Equal(expected.Column, letter.Column);
        Assert.Null(letter.Confidence);
    }

    [Fact]
    public void Running_heads_may_be_written_by_hand_as_a_block_list_and_a_bad_one_is_located()
    {
        using var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\npages:\n  - number: 1\n    running_heads:\n      - \"第01版\"\n      - \"要闻\"\n  - number: 2\n    running_heads: {a: 1}\n---\n");
        var diagnostics = new DiagnosticBag();

        var issues = ContentReader.Read(site["content"], diagnostics).Issues;

        Assert.Empty(issues);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterValueInvalid, error.Code);
        Assert.Equal(("content/2023/05/30/_index.md", 9), (error.Location.Path, error.Location.Line));
        Assert.Contains("running_heads", error.Message, StringComparison.Ordinal);

        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\npages:\n  - number: 1\n    running_heads:\n      - \"第01版\"\n      - \"要闻\"\n---\n");
        var fixedDiagnostics = new DiagnosticBag();
        var page = Assert.Single(Assert.Single(ContentReader.Read(site["content"], fixedDiagnostics).Issues).Issue.Pages);
        Assert.Empty(fixedDiagnostics);
        Assert.Equal(["第01版", "要闻"], page.RunningHeads);
    }

    [Fact]
    public void The_body_reads_back_as_the_same_blocks()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        var expected = SampleIssue.FrontPage().Blocks;
        var blocks = Body(article).Blocks;
        Assert.Empty(article.Article.Blocks);
        Assert.Equal(expected.Count, blocks.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Type, blocks[i].Type);
            Assert.Equal(expected[i].Text, blocks[i].Text);
            Assert.Equal(expected[i].Items ?? [], blocks[i].Items ?? []);
        }
    }

    [Fact]
    public void The_body_is_rendered_to_html_with_captions_and_notes_as_classed_divs()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var html = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0].LoadBody(new DiagnosticBag())!.Html;

        Assert.Contains("<h2 id=\"强信心-为高质量发展作贡献\">强信心 为高质量发展作贡献</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>全会提出以下重点任务：</p>\n<ul>\n<li>加快推进特色产业发展；</li>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"caption\"><p>5月17日", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"note\"><p>（下转第二版）</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ingest_hash", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_is_read_from_its_file_each_time_it_is_asked_for_and_not_kept()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "旧的正文。\n"));
        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "新的正文。\n"));

        Assert.Equal("新的正文。", Body(article).PlainText);
        Assert.Equal("<p>新的正文。</p>\n", Body(article).Html);
        Assert.Equal("旧的正文。", article.Excerpt);
    }

    [Fact]
    public void The_excerpt_is_the_start_of_the_plain_text_cut_by_characters()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "## 小标题\n\n" + new string('字', 200) + "\n"));

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        Assert.Equal("小标题 " + new string('字', Excerpt.DefaultLength - 4) + "…", article.Excerpt);
    }

    [Fact]
    public void A_body_whose_file_is_gone_is_reported_at_the_file_when_it_is_loaded()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n"));
        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];
        File.Delete(site[Article]);
        var diagnostics = new DiagnosticBag();

        var body = article.LoadBody(diagnostics);

        Assert.Null(body);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ContentUnreadable, error.Code);
        Assert.Equal(Article, error.Location.Path);
    }

    [Fact]
    public void Plain_text_has_one_line_per_block_and_list_item()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "第一段**加粗**。\n\n## 小标题\n\n导语：\n- 甲\n- 乙\n"));

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        Assert.Equal("第一段加粗。\n小标题\n导语：\n甲\n乙", Body(article).PlainText);
    }

    [Fact]
    public void A_soft_line_break_joins_chinese_directly_and_latin_with_a_space()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "手工换行的\n中文句子 and\nEnglish\n"));

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        Assert.Equal("手工换行的中文句子 and English", Body(article).PlainText);
    }

    [Fact]
    public void Raw_html_in_content_is_shown_as_text()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "<script>alert(1)</script>\n\n正文<b>粗</b>\n"));

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0];

        Assert.DoesNotContain("<script", Body(article).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", Body(article).Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", Body(article).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_script_link_is_neutralised()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "[点击](javascript:alert(1)) [官网](https://example.org/)\n"));

        var html = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0].LoadBody(new DiagnosticBag())!.Html;

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_headings_get_valid_unique_ids()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n", "## 老口岸上 向西开放\n\n## 老口岸上 向西开放\n\n## ！！！\n\n## “引号”：冒号\n"));

        var html = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0].LoadBody(new DiagnosticBag())!.Html;

        var ids = System.Text.RegularExpressions.Regex.Matches(html, "id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["老口岸上-向西开放", "老口岸上-向西开放-1", "section", "引号冒号"], ids);
    }

    [Fact]
    public void Malformed_front_matter_is_reported_at_its_line_in_the_file_and_the_file_is_skipped()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\npage: 1\norder: 1\n"));
        site.Write("content/2023/05/30/01-02.md", ArticleText("title: \"好的\"\npage: 1\norder: 2\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal(Article, error.Location.Path);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(["01-02"], issue.Articles.Select(a => a.Article.Id));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_located_at_the_value()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 第一版\norder: 1\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterValueInvalid, error.Code);
        Assert.Equal($"{Article}(3,7): error EG0203: page must be a whole number, such as 3; the file was skipped.", error.ToString());
        Assert.Empty(issue.Articles);
    }

    [Fact]
    public void A_file_without_front_matter_is_reported_and_skipped()
    {
        using var site = SiteWithIssue();
        site.Write(Article, "只有正文。\n");
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, Assert.Single(diagnostics).Code);
        Assert.Empty(issue.Articles);
    }

    [Fact]
    public void A_missing_title_is_an_error_but_missing_optional_keys_are_null()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("page: 1\norder: 1\n"));
        site.Write("content/2023/05/30/01-02.md", ArticleText("title: \"只有标题\"\npage: 1\norder: 2\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterKeyMissing, error.Code);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
        var article = Assert.Single(issue.Articles).Article;
        Assert.Equal("01-02", article.Id);
        Assert.Null(article.Kicker);
        Assert.Null(article.ContinuedTo);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_the_key_and_the_file_still_goes_through()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\nphoto: \"a.jpg\"\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterKeyUnknown, warning.Code);
        Assert.Equal(new SourceLocation(Article, 5, 1), warning.Location);
        Assert.Single(issue.Articles);
    }

    [Fact]
    public void A_repeated_article_id_is_an_error_at_the_second_file()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("id: \"01-01\"\ntitle: \"甲\"\npage: 1\norder: 1\n"));
        site.Write("content/2023/05/30/01-02.md", ArticleText("id: \"01-01\"\ntitle: \"乙\"\npage: 1\norder: 2\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ContentDuplicate, error.Code);
        Assert.Equal(new SourceLocation("content/2023/05/30/01-02.md", 2, 1), error.Location);
        Assert.Equal(["甲"], issue.Articles.Select(a => a.Article.Title));
    }

    [Fact]
    public void An_issue_without_a_date_is_an_error_and_its_folder_is_skipped()
    {
        using var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\nweekday: \"星期二\"\n---\n");
        site.Write(Article, ArticleText("title: \"标题\"\npage: 1\norder: 1\n"));
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Empty(content.Issues);
        Assert.Equal(DiagnosticCodes.FrontMatterKeyMissing, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Issues_come_by_date_and_articles_by_page_then_order_whatever_the_file_names()
    {
        using var site = new TempDir();
        site.Write("content/2023/06/01/_index.md", "---\ndate: 2023-06-01\n---\n");
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        site.Write("content/2023/05/30/b.md", ArticleText("title: \"二版\"\npage: 2\norder: 1\n"));
        site.Write("content/2023/05/30/a.md", ArticleText("title: \"一版十\"\npage: 1\norder: 10\n"));
        site.Write("content/2023/05/30/c.md", ArticleText("title: \"一版二\"\npage: 1\norder: 2\n"));

        var content = ContentReader.Read(site["content"], new DiagnosticBag());

        Assert.Equal([new DateOnly(2023, 5, 30), new DateOnly(2023, 6, 1)], content.Issues.Select(i => i.Date));
        Assert.Equal(["一版二", "一版十", "二版"], content.Issues[0].Articles.Select(a => a.Article.Title));
    }

    [Fact]
    public void An_issue_in_the_wrong_folder_is_read_with_a_warning()
    {
        using var site = new TempDir();
        site.Write("content/2023/05/31/_index.md", "---\ndate: 2023-05-30\n---\n");
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Single(content.Issues);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.IssueFolderMismatch, warning.Code);
        Assert.Equal(new SourceLocation("content/2023/05/31/_index.md", 2, 1), warning.Location);
    }

    [Fact]
    public void Two_issues_with_one_date_keep_the_first_and_report_the_second()
    {
        using var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        site.Write("content/2023/05/30-copy/_index.md", "---\ndate: 2023-05-30\n---\n");
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Equal("content/2023/05/30/_index.md", Assert.Single(content.Issues).SourcePath);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ContentDuplicate && d.Location.Path == "content/2023/05/30-copy/_index.md");
    }

    [Fact]
    public void An_article_outside_any_issue_folder_is_ignored_with_a_warning()
    {
        using var site = SiteWithIssue();
        site.Write("content/2023/stray.md", ArticleText("title: \"迷路\"\npage: 1\norder: 1\n"));
        var diagnostics = new DiagnosticBag();

        ContentReader.Read(site["content"], diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ContentOutsideIssue, warning.Code);
        Assert.Equal("content/2023/stray.md", warning.Location.Path);
    }

    [Fact]
    public void Hidden_folders_and_files_are_not_content()
    {
        using var site = SiteWithIssue();
        site.Write("content/2023/05/30/.01-01.md.x1y2.tmp", "半个文件");
        site.Write("content/.obsidian/notes.md", "随手记");
        site.Write("content/2023/05/30/.draft.md", "草稿");
        var diagnostics = new DiagnosticBag();

        var content = ContentReader.Read(site["content"], diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(Assert.Single(content.Issues).Articles);
    }

    [Fact]
    public void Windows_line_ends_from_a_hand_edit_are_accepted()
    {
        using var site = SiteWithIssue();
        site.Write(Article, "---\r\ntitle: \"标题\"\r\npage: 1\r\norder: 1\r\n---\r\n\r\n正文。\r\n");
        var diagnostics = new DiagnosticBag();

        var article = ContentReader.Read(site["content"], diagnostics).Issues[0].Articles[0];

        Assert.Empty(diagnostics);
        Assert.Equal("正文。", Body(article).PlainText);
    }

    [Fact]
    public void A_missing_content_folder_reads_as_an_empty_site()
    {
        using var site = new TempDir();

        var content = ContentReader.Read(site["content"], new DiagnosticBag());

        Assert.Empty(content.Issues);
    }

    [Fact]
    public void A_repeated_front_matter_key_is_reported_and_the_file_skipped()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"甲\"\npage: 1\norder: 1\ntitle: \"乙\"\n"));
        var diagnostics = new DiagnosticBag();

        var issue = ContentReader.Read(site["content"], diagnostics).Issues[0];

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal(5, error.Location.Line);
        Assert.Empty(issue.Articles);
    }

    [Fact]
    public void A_quoted_null_is_the_text_null_and_a_plain_null_is_no_value()
    {
        using var site = SiteWithIssue();
        site.Write(Article, ArticleText("title: \"null\"\nkicker: null\nsubtitle: ~\ncolumn:\npage: 1\norder: 1\n"));

        var article = ContentReader.Read(site["content"], new DiagnosticBag()).Issues[0].Articles[0].Article;

        Assert.Equal("null", article.Title);
        Assert.Null(article.Kicker);
        Assert.Null(article.Subtitle);
        Assert.Null(article.Column);
    }

    [Fact]
    public void Issues_are_read_one_at_a_time_as_the_sequence_is_walked()
    {
        using var site = new TempDir();
        site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        site.Write("content/2023/05/31/_index.md", "---\ndate: 2023-05-31\n---\n");
        site.Write("content/2023/05/31/01-01.md", "没有前言。\n");
        var diagnostics = new DiagnosticBag();

        using var issues = ContentReader.ReadIssues(site["content"], diagnostics).GetEnumerator();
        Assert.True(issues.MoveNext());
        var countAfterFirst = diagnostics.Count;
        Assert.True(issues.MoveNext());

        Assert.Equal(0, countAfterFirst);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, Assert.Single(diagnostics).Code);
    }
}
