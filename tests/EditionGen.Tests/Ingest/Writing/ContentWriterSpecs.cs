using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Ingest.Writing;

public class ContentWriterSpecs
{
    private const string FrontPageFile = "content/2023/05/30/01-01.md";

    [Fact]
    public void An_issue_is_written_as_an_index_and_one_file_per_article()
    {
        using var site = new TempDir();

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            ["content/2023/05/30/_index.md", "content/2023/05/30/01-01.md", "content/2023/05/30/01-02.md", "content/2023/05/30/02-01.md", "content/2023/05/30/03-01.md"],
            result.Written);
        Assert.True(File.Exists(site["content/2023/05/30/02-01.md"]));
    }

    [Fact]
    public void The_issue_front_matter_has_its_keys_in_a_fixed_order_and_no_warnings()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var text = site.Read("content/2023/05/30/_index.md");
        var expected = """
            ---
            source: "000_sample.txt"
            date: 2023-05-30
            lunar_date: "癸卯年四月十二"
            weekday: "星期二"
            issue_number: 10246
            page_count: 4
            contacts:
              email: "aletaibao@126.com"
              hotline: "0906-2315631"
            masthead_extras:
              - "扫码关注阿勒泰报微信公众号"
            pages:
              - number: 1
                name: "要闻"
                running_heads: ["第01版", "2023年5月30日 星期二"]
              - number: 2
                name: "综合"
              - number: 3
                name: null
            unassigned: []

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.Matches("^ingest_hash: sha256-[0-9a-f]{64}\n---\n$", text[expected.Length..]);
        Assert.DoesNotContain("a guess", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_file_has_front_matter_then_its_blocks_as_markdown()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var text = site.Read(FrontPageFile);
        var expected = """
            ---
            id: "01-01"
            page: 1
            order: 1
            kicker: "贯彻自治区党委十届八次全会精神，我区各地各部门表示——"
            title: "努力在高质量发展中闯出新路子"
            subtitle: "全区上下掀起学习热潮"
            column: null
            byline: "石榴云/新疆日报记者 徐新星 吴泽思"
            authors:
              - "徐新星"
              - "吴泽思"
            dateline: "本报乌鲁木齐5月29日讯"
            continued_to: 2
            continued_from: null
            source_lines: {first: 14, last: 40}
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = """
            ---

            在深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育之际，自治区党委十届八次全会举行。

            ## 强信心 为高质量发展作贡献

            “全会目标明确、任务具体，更加坚定了我们抓好工作的信心。”自治区工信厅厅长说。

            全会提出以下重点任务：
            - 加快推进特色产业发展；
            - 大力支持南疆绿色矿业；
            - 全力开展助企纾困帮扶活动。

            :::caption
            5月17日，工人们在新疆汇嘉生物科技有限公司赶制一批甜菊糖苷。 本报记者 摄
            :::

            :::note
            （下转第二版）
            :::

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith(expected + "\ningest_hash: sha256-", text, StringComparison.Ordinal);
        Assert.EndsWith(body, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_credits_and_a_signature_are_lists_of_printed_lines_and_confidence_is_not_written()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var text = site.Read("content/2023/05/30/03-01.md");
        var expected = """
            ---
            id: "03-01"
            page: 3
            order: 1
            kicker: null
            title: "写给草原学校孩子们的一封信"
            subtitle: null
            column: "读者来信"
            byline: null
            authors: []
            dateline: null
            summary:
              - "■ 一位退休教师的牵挂"
              - "■ 盼望孩子们读好书、走远路"
            credits:
              - "古丽米拉摄"
              - "制图：王磊"
            signature:
              - "一位退休教师 陈秀兰"
              - "2023年5月26日"
            continued_to: null
            continued_from: null
            source_lines: {first: 98, last: 110}
            ingest_hash: sha256-
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("confidence", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.97", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_a_summary_credits_or_a_signature_has_no_such_keys()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var keys = site.Read("content/2023/05/30/01-02.md").Split('\n').Select(line => line.Split(':')[0]).ToList();
        Assert.DoesNotContain("summary", keys);
        Assert.DoesNotContain("credits", keys);
        Assert.DoesNotContain("signature", keys);
        Assert.DoesNotContain("running_heads", site.Read("content/2023/05/30/_index.md").Split("name: \"综合\"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark_and_with_lf_line_ends()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        var bytes = File.ReadAllBytes(site[FrontPageFile]);
        Assert.Equal((byte)'-', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void Writing_the_same_issue_twice_gives_the_same_bytes_and_touches_nothing()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var before = File.ReadAllBytes(site[FrontPageFile]);

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Empty(result.Written);
        Assert.Equal(5, result.Unchanged.Count);
        Assert.Equal(before, File.ReadAllBytes(site[FrontPageFile]));
    }

    [Fact]
    public void An_unedited_file_is_overwritten_when_the_seed_changes()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var changed = SampleIssue.Create() with { Articles = [SampleIssue.FrontPage() with { Title = "新标题" }] };

        var result = ContentWriter.Write(changed, site["content"], ContentWriteOptions.Default);

        Assert.Contains(FrontPageFile, result.Written);
        Assert.Contains("title: \"新标题\"", site.Read(FrontPageFile), StringComparison.Ordinal);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_file_edited_by_hand_is_left_alone_with_a_warning_that_names_force()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var edited = site.Read(FrontPageFile).Replace("自治区工信厅厅长说", "自治区工信厅厅长表示", StringComparison.Ordinal);
        site.Write(FrontPageFile, edited);

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Equal([FrontPageFile], result.Skipped);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentHandEdited, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(FrontPageFile, warning.Location.Path);
        Assert.Contains("--force", warning.Message, StringComparison.Ordinal);
        Assert.Equal(edited, site.Read(FrontPageFile));
    }

    [Fact]
    public void A_file_whose_line_ends_a_checkout_changed_to_crlf_is_not_an_edit()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        site.Write(FrontPageFile, site.Read(FrontPageFile).Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([FrontPageFile], result.Written);
        Assert.DoesNotContain("\r", site.Read(FrontPageFile), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_written_by_hand_without_a_hash_counts_as_edited()
    {
        using var site = new TempDir();
        site.Write(FrontPageFile, "---\ntitle: \"手写\"\npage: 1\norder: 1\n---\n\n正文\n");

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Equal([FrontPageFile], result.Skipped);
        Assert.Contains("手写", site.Read(FrontPageFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Force_keeps_the_edited_file_as_a_backup_and_overwrites_it()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var edited = site.Read(FrontPageFile) + "\n补记一段。\n";
        site.Write(FrontPageFile, edited);

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], new ContentWriteOptions { Force = true });

        Assert.Empty(result.Diagnostics);
        Assert.Contains(FrontPageFile, result.Written);
        Assert.Equal([FrontPageFile + ".bak"], result.BackedUp);
        Assert.Equal(edited, site.Read(FrontPageFile + ".bak"));
        Assert.DoesNotContain("补记一段", site.Read(FrontPageFile), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_the_seed_no_longer_has_is_removed_unless_edited_by_hand()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        site.Write("content/2023/05/30/01-02.md", site.Read("content/2023/05/30/01-02.md") + "编者按。\n");
        var shorter = SampleIssue.Create() with { Articles = [SampleIssue.FrontPage()] };

        var result = ContentWriter.Write(shorter, site["content"], ContentWriteOptions.Default);

        Assert.Equal(["content/2023/05/30/02-01.md", "content/2023/05/30/03-01.md"], result.Removed);
        Assert.False(File.Exists(site["content/2023/05/30/02-01.md"]));
        Assert.Equal(["content/2023/05/30/01-02.md"], result.Skipped);
        Assert.Equal(DiagnosticCodes.ContentStaleHandEdited, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(site["content/2023/05/30/01-02.md"]));
    }

    [Fact]
    public void Force_moves_an_edited_article_the_seed_no_longer_has_to_a_backup()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        var edited = site.Read("content/2023/05/30/02-01.md") + "编者按。\n";
        site.Write("content/2023/05/30/02-01.md", edited);
        var shorter = SampleIssue.Create() with { Articles = [SampleIssue.FrontPage()] };

        var result = ContentWriter.Write(shorter, site["content"], new ContentWriteOptions { Force = true });

        Assert.Equal(["content/2023/05/30/01-02.md", "content/2023/05/30/02-01.md", "content/2023/05/30/03-01.md"], result.Removed);
        Assert.Equal(["content/2023/05/30/02-01.md.bak"], result.BackedUp);
        Assert.Equal(edited, site.Read("content/2023/05/30/02-01.md.bak"));
        Assert.False(File.Exists(site["content/2023/05/30/02-01.md"]));
    }

    [Fact]
    public void An_issue_without_a_date_is_an_error_and_writes_nothing()
    {
        using var site = new TempDir();

        var result = ContentWriter.Write(SampleIssue.Create() with { Date = null }, site["content"], ContentWriteOptions.Default);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SeedHasNoDate, error.Code);
        Assert.True(error.IsError);
        Assert.Equal("000_sample.txt", error.Location.Path);
        Assert.False(Directory.Exists(site["content"]));
    }

    [Fact]
    public void Two_articles_in_one_place_are_an_error_and_nothing_is_written()
    {
        using var site = new TempDir();
        var clash = SampleIssue.Create() with { Articles = [SampleIssue.FrontPage(), SampleIssue.FrontPage() with { Id = "x", Title = "另一篇" }] };

        var result = ContentWriter.Write(clash, site["content"], ContentWriteOptions.Default);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ArticlePlaceDuplicate, error.Code);
        Assert.Equal(14, error.Location.Line);
        Assert.Empty(result.Written);
        Assert.False(Directory.Exists(site["content"]));
    }

    [Fact]
    public void Paths_are_shown_relative_to_the_display_root_when_one_is_given()
    {
        using var site = new TempDir();

        var result = ContentWriter.Write(SampleIssue.Create(), site["content"], new ContentWriteOptions { DisplayRoot = site["content/2023"] });

        Assert.Equal("05/30/_index.md", result.Written[0]);
    }

    [Fact]
    public void No_temporary_file_is_left_behind()
    {
        using var site = new TempDir();

        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);

        Assert.Equal(
            ["01-01.md", "01-02.md", "02-01.md", "03-01.md", "_index.md"],
            Directory.GetFiles(site["content/2023/05/30"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("引号\"与\\反斜杠")]
    [InlineData("- 开头的横线: 与冒号 # 井号")]
    [InlineData("{{ page.title }}")]
    [InlineData("第一行\n第二行\t制表")]
    [InlineData("null")]
    [InlineData("\u0085\u2028\uFEFF控制\u0001")]
    public void Every_string_is_quoted_so_that_it_reads_back_as_itself(string value)
    {
        using var site = new TempDir();
        var issue = SampleIssue.Create() with { Articles = [SampleIssue.Notice() with { Title = value }] };

        ContentWriter.Write(issue, site["content"], ContentWriteOptions.Default);

        var line = site.Read("content/2023/05/30/01-02.md").Split('\n').Single(l => l.StartsWith("title: ", StringComparison.Ordinal));
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(line));
        var mapping = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(value, ((YamlDotNet.RepresentationModel.YamlScalarNode)mapping.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("title")]).Value);
    }
}
