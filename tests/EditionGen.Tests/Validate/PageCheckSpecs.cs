using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class PageCheckSpecs
{
    private const string PagePath = "2023/05/30/index.html";

    private static IReadOnlyList<Diagnostic> CheckPage(string html, string origin = "templates/issue.html")
    {
        var validator = new SiteValidator(new ValidationOptions
        {
            KnownPaths = new HashSet<string>(StringComparer.Ordinal) { PagePath, "index.html", "assets/site.css" },
        });
        return [.. validator.Check(SiteFile.FromText(PagePath, html, origin)), .. validator.Complete()];
    }

    [Fact]
    public void A_well_formed_page_has_no_findings()
    {
        var html = HtmlPages.With("""
            <header><h1>阿勒泰报</h1><a href="../../../index.html">往期</a></header>
            <main><h2 id="a1">新闻</h2><p>正文</p><img src="../../../assets/site.css" alt="版面"></main>
            """);

        Assert.Empty(CheckPage(html));
    }

    [Fact]
    public void A_page_with_void_tags_inline_svg_scripts_and_entities_has_no_findings()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>阿勒泰报 &middot; 2023年5月30日 &amp; 第1版</title>
              <link rel="stylesheet" href="../../../assets/site.css" />
              <script>if (1 < 2 && document.title) { console.log("</p>"); }</script>
            </head>
            <body>
              <!-- 版面导航 -->
              <nav aria-label="版面"><a href="../../../index.html?from=nav&page=1">首页</a><br/>
                <a href="../../../index.html"><svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0h10v10z"/></svg>往期</a></nav>
              <main>
                <h1>阿勒泰报</h1>
                <article id="a1"><h2>标题</h2><p>正文&nbsp;一段<br>另一行</p><hr></article>
                <table><tr><td>一</td><td>二</td></tr></table>
              </main>
            </body>
            </html>
            """;

        Assert.Empty(CheckPage(html));
    }

    [Fact]
    public void An_unclosed_tag_injected_into_a_template_is_an_error_at_its_line_and_column()
    {
        var html = HtmlPages.With("""
            <main>
            <p>一段<b>加粗</p>
            </main>
            """);

        var findings = CheckPage(html).Where(d => d.Code == DiagnosticCodes.HtmlParse).ToList();

        Assert.NotEmpty(findings);
        var first = findings[0];
        Assert.True(first.IsError);
        Assert.Equal("site-output/2023/05/30/index.html", first.Location.Path);
        Assert.Equal((10, 11), (first.Location.Line, first.Location.Column));
        Assert.Contains("templates/issue.html", first.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"page\"><p>正文</p>", 10, "never closed")]
    [InlineData("<span>版次<p>正文</p>", 10, "never closed")]
    [InlineData("<p>正文</p></div>", 9, "reverse order")]
    [InlineData("<a href=\"#a1\">甲<a href=\"#a1\">乙</a></a><i id=\"a1\">x</i>", 9, "")]
    [InlineData("<p title=\"第1版 class=\"x\">正文</p>", 9, "quotes")]
    [InlineData("<ul><li>一</ul></li>", 9, "")]
    public void A_tag_broken_in_a_template_is_an_error_where_the_parser_notices_it(string body, int line, string hint)
    {
        var findings = CheckPage(HtmlPages.With(body));

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.HtmlParse && d.IsError && d.Location.Line == line && d.Message.Contains(hint, StringComparison.Ordinal));
    }

    [Fact]
    public void Misnested_tags_are_an_error()
    {
        var html = HtmlPages.With("<p><em>甲<strong>乙</em>丙</strong></p>");

        Assert.Contains(CheckPage(html), d => d.Code == DiagnosticCodes.HtmlParse && d.IsError);
    }

    [Fact]
    public void A_div_left_open_at_the_end_of_the_page_is_an_error()
    {
        var html = HtmlPages.With("<div class=\"page\"><p>正文</p>").Replace("</body>", "", StringComparison.Ordinal);

        Assert.Contains(CheckPage(html), d => d.Code == DiagnosticCodes.HtmlParse && d.IsError);
    }

    [Fact]
    public void An_id_used_twice_is_an_error_that_names_the_first_use()
    {
        var html = HtmlPages.With("""
            <h2 id="a1">甲</h2>
            <h2 id="a1">乙</h2>
            """);

        var duplicate = Assert.Single(CheckPage(html));
        Assert.Equal(DiagnosticCodes.IdDuplicate, duplicate.Code);
        Assert.Equal(10, duplicate.Location.Line);
        Assert.Contains("line 9", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_title_lang_or_charset_has_three_errors()
    {
        var html = HtmlPages.With("<p>正文</p>", head: "<meta name=\"viewport\" content=\"width=device-width\">", htmlAttributes: "");

        var codes = CheckPage(html).Select(d => (d.Code, d.Severity)).Order().ToList();

        Assert.Equal(
            [
                (DiagnosticCodes.TitleMissing, DiagnosticSeverity.Error),
                (DiagnosticCodes.LanguageMissing, DiagnosticSeverity.Error),
                (DiagnosticCodes.CharsetMissing, DiagnosticSeverity.Error),
            ],
            codes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void An_svg_title_in_the_body_does_not_stand_in_for_the_page_title()
    {
        var head = HtmlPages.Head.Replace("<title>阿勒泰报 2023年5月30日</title>", "", StringComparison.Ordinal);
        var html = HtmlPages.With("<svg viewBox=\"0 0 1 1\"><title>标志</title></svg>", head);

        Assert.Equal(DiagnosticCodes.TitleMissing, Assert.Single(CheckPage(html)).Code);
    }

    [Fact]
    public void A_charset_given_by_http_equiv_counts()
    {
        var head = HtmlPages.Head.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", StringComparison.Ordinal);

        Assert.Empty(CheckPage(HtmlPages.With("<p>正文</p>", head)));
    }

    [Fact]
    public void A_page_without_viewport_gets_a_warning()
    {
        var head = HtmlPages.Head.Replace("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "", StringComparison.Ordinal);

        var finding = Assert.Single(CheckPage(HtmlPages.With("<p>正文</p>", head)));

        Assert.Equal((DiagnosticCodes.ViewportMissing, DiagnosticSeverity.Warning), (finding.Code, finding.Severity));
    }

    [Fact]
    public void An_image_without_alt_gets_a_warning_but_a_decorative_one_does_not()
    {
        var html = HtmlPages.With("""
            <img src="../../../assets/site.css">
            <img src="../../../assets/site.css" alt="">
            """);

        var finding = Assert.Single(CheckPage(html));

        Assert.Equal((DiagnosticCodes.ImageAltMissing, DiagnosticSeverity.Warning, 9), (finding.Code, finding.Severity, finding.Location.Line));
    }

    [Fact]
    public void A_link_without_text_or_aria_label_gets_a_warning()
    {
        var html = HtmlPages.With("""
            <a href="../../../index.html"></a>
            <a href="../../../index.html" aria-label="首页"></a>
            <a href="../../../index.html"><img src="../../../assets/site.css" alt="首页"></a>
            """);

        var finding = Assert.Single(CheckPage(html));

        Assert.Equal((DiagnosticCodes.LinkEmpty, DiagnosticSeverity.Warning, 9), (finding.Code, finding.Severity, finding.Location.Line));
    }

    [Fact]
    public void A_heading_that_skips_a_level_gets_a_warning()
    {
        var html = HtmlPages.With("""
            <h1>阿勒泰报</h1>
            <h3>第一版</h3>
            <h2>要闻</h2>
            <h3>新闻</h3>
            """);

        var finding = Assert.Single(CheckPage(html));

        Assert.Equal((DiagnosticCodes.HeadingSkipped, DiagnosticSeverity.Warning, 10), (finding.Code, finding.Severity, finding.Location.Line));
    }

    [Fact]
    public void Positions_are_right_on_pages_with_windows_line_endings()
    {
        var html = HtmlPages.With("""
            <p>一</p>
            <h2 id="a1">甲</h2><h2 id="a1">乙</h2>
            """).ReplaceLineEndings("\r\n");

        var duplicate = Assert.Single(CheckPage(html));

        Assert.Equal((10, 19), (duplicate.Location.Line, duplicate.Location.Column));
    }

    [Fact]
    public void Random_bytes_in_a_page_stylesheet_or_feed_are_reported_never_thrown()
    {
        var random = new Random(20230530);
        var known = new HashSet<string>(StringComparer.Ordinal) { "index.html", "site.css", "feed.xml" };
        var validator = new SiteValidator(new ValidationOptions { KnownPaths = known });

        for (var round = 0; round < 50; round++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            foreach (var path in known)
            {
                _ = validator.Check(new SiteFile(path, bytes));
            }
        }

        Assert.Contains(validator.Check(new SiteFile("feed.xml", [0xff, 0xfe, 0x00])), d => d.Code == DiagnosticCodes.FeedUnreadable);
        _ = validator.Complete();
    }

    [Fact]
    public void Bad_html_is_reported_never_thrown()
    {
        var findings = CheckPage("<<<>>></div></span><html><html lang=\"\"><table><tr><td></table></tr>\0");

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.HtmlParse);
    }
}
