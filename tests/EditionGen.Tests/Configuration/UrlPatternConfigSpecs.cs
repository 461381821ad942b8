using EditionGen.Configuration;
using EditionGen.Diagnostics;

namespace EditionGen.Tests.Configuration;

public class UrlPatternConfigSpecs
{
    private static readonly DateOnly Date = new(2023, 5, 30);

    private static Diagnostic Refusal(string yaml) =>
        Assert.Throws<InputException>(() => EditionConfigLoader.Parse(yaml, "edition.yml")).Diagnostic;

    [Fact]
    public void Without_urls_the_layout_stays_the_dated_folders()
    {
        var config = EditionConfigLoader.Parse("title: 阿勒泰报\n", "edition.yml");

        Assert.Equal(UrlPatterns.Default, config.Urls);
        Assert.Equal("2023/05/30/01/02/index.html", config.Urls.Article.Format(Date, 1, 2));
    }

    [Fact]
    public void Patterns_are_read_and_keys_left_out_keep_their_default()
    {
        var config = EditionConfigLoader.Parse(
            "title: 阿勒泰报\nurls:\n  issue: \"{yyyy}-{mm}-{dd}/\"\n  article: \"{yyyy}-{mm}-{dd}/{id}.html\"\n", "edition.yml");

        Assert.Equal("2023-05-30/index.html", config.Urls.Issue.Format(Date));
        Assert.Equal("2023/05/30/03/index.html", config.Urls.Page.Format(Date, 3));
        Assert.Equal("2023-05-30/03-04.html", config.Urls.Article.Format(Date, 3, 4));
        Assert.False(config.Urls.Article.IsDirectory);
    }

    [Fact]
    public void An_empty_urls_key_keeps_the_defaults()
    {
        Assert.Equal(UrlPatterns.Default, EditionConfigLoader.Parse("urls:\n", "edition.yml").Urls);
    }

    [Theory]
    [InlineData("{yyyy}/{mm}/{dd}/{page}/{slug}/", "unknown placeholder {slug}")]
    [InlineData("{yyyy}/{mm}/{dd}/{order}/", "lacks {page}")]
    [InlineData("{yyyy}/{mm}/{page}/{order}/", "lacks {dd}")]
    [InlineData("../{yyyy}/{mm}/{dd}/{page}/{order}/", "contains ..")]
    [InlineData("/{yyyy}/{mm}/{dd}/{page}/{order}/", "starts with /")]
    [InlineData("{yyyy}\\{mm}\\{dd}\\{page}\\{order}/", "backslash")]
    [InlineData("{yyyy}/{mm}//{dd}/{page}/{order}/", "empty folder name")]
    [InlineData("{yyyy}/{mm}/{dd}/{page}/{order}", "must end with / ")]
    [InlineData("{yyyy}/{mm}/{dd}/{page}/{order/", "{ without its }")]
    [InlineData("", "is empty")]
    [InlineData("{yyyy}/{mm}/{dd}/{page}/{order}?.html", "contains '?'")]
    [InlineData("{yyyy}/{mm}/{dd}/{page} {order}/", "contains ' '")]
    public void An_unusable_article_pattern_is_refused_where_it_is_written(string pattern, string problem)
    {
        var diagnostic = Refusal($"title: 阿勒泰报\nurls:\n  article: '{pattern}'\n");

        Assert.Equal(DiagnosticCodes.UrlPatternInvalid, diagnostic.Code);
        Assert.Equal(new SourceLocation("edition.yml", 3, 12), diagnostic.Location);
        Assert.Contains(problem, diagnostic.Message);
        Assert.Contains("for example article: \"{yyyy}/{mm}/{dd}/{page}/{order}/\"", diagnostic.Message);
    }

    [Fact]
    public void A_page_pattern_without_the_page_number_is_refused_with_a_page_example()
    {
        var diagnostic = Refusal("urls:\n  page: \"{yyyy}/{mm}/{dd}.html\"\n");

        Assert.Equal("edition.yml(2,9): error EG0003: urls: the page pattern \"{yyyy}/{mm}/{dd}.html\" lacks {page}, so it cannot give every page its own address; for example page: \"{yyyy}/{mm}/{dd}/{page}/\"", diagnostic.ToString());
    }

    [Fact]
    public void An_issue_pattern_cannot_use_an_article_placeholder()
    {
        var diagnostic = Refusal("urls:\n  issue: \"{yyyy}/{mm}/{dd}/{id}/\"\n");

        Assert.Contains("uses {id}, but an issue has no page or article", diagnostic.Message);
        Assert.Equal(2, diagnostic.Location!.Line);
    }

    [Fact]
    public void An_unknown_key_under_urls_is_refused_at_the_key()
    {
        var diagnostic = Refusal("urls:\n  issue: \"{yyyy}/{mm}/{dd}/\"\n  articel: \"{yyyy}/{mm}/{dd}/{page}/{order}/\"\n");

        Assert.Equal(DiagnosticCodes.UrlPatternInvalid, diagnostic.Code);
        Assert.Equal(new SourceLocation("edition.yml", 3, 3), diagnostic.Location);
        Assert.Contains("unknown key articel", diagnostic.Message);
    }

    [Fact]
    public void Urls_that_are_not_a_mapping_are_refused_at_the_value()
    {
        var diagnostic = Refusal("title: 阿勒泰报\nurls: \"{yyyy}/{mm}/{dd}/\"\n");

        Assert.Equal(new SourceLocation("edition.yml", 2, 7), diagnostic.Location);
        Assert.Contains("urls must be a mapping of issue, page and article", diagnostic.Message);
    }

    [Fact]
    public void Two_patterns_giving_the_same_path_are_refused_at_the_later_one()
    {
        var diagnostic = Refusal("urls:\n  issue: \"{yyyy}/{mm}/{dd}/01.html\"\n  page: \"{yyyy}/{mm}/{dd}/{page}.html\"\n");

        Assert.Equal(DiagnosticCodes.UrlPatternsCollide, diagnostic.Code);
        Assert.Equal(new SourceLocation("edition.yml", 3, 9), diagnostic.Location);
        Assert.Contains("the issue of 2023-05-30 and page 1 of 2023-05-30 both write 2023/05/30/01.html", diagnostic.Message);
    }

    [Fact]
    public void A_page_file_where_articles_need_a_folder_is_refused()
    {
        var diagnostic = Refusal("urls:\n  page: \"{yyyy}/{mm}/{dd}/{page}.html\"\n  article: \"{yyyy}/{mm}/{dd}/{page}.html/{order}/\"\n");

        Assert.Equal(DiagnosticCodes.UrlPatternsCollide, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location!.Line);
        Assert.Contains("page 1 of 2023-05-30 writes the file 2023/05/30/01.html, which is also the folder of the articles on page 1 of 2023-05-30", diagnostic.Message);
    }

    [Fact]
    public void An_article_id_that_spells_a_page_address_is_a_collision()
    {
        var diagnostic = Refusal("urls:\n  page: \"{yyyy}/{mm}/{dd}/{page}-07/\"\n  article: \"{yyyy}/{mm}/{dd}/{id}/\"\n");

        Assert.Equal(DiagnosticCodes.UrlPatternsCollide, diagnostic.Code);
        Assert.Contains("page 1 of 2023-05-30 and article 1-7 of 2023-05-30 both write 2023/05/30/01-07/index.html", diagnostic.Message);
    }

    [Fact]
    public void Paths_that_differ_only_in_case_collide()
    {
        var diagnostic = Refusal("urls:\n  issue: \"{yyyy}/{mm}/{dd}/P01.html\"\n  page: \"{yyyy}/{mm}/{dd}/p{page}.html\"\n");

        Assert.Equal(DiagnosticCodes.UrlPatternsCollide, diagnostic.Code);
        Assert.Contains("both write 2023/05/30/P01.html", diagnostic.Message);
    }

    [Fact]
    public void An_issue_folder_that_a_page_writes_as_a_file_is_a_collision()
    {
        var diagnostic = Refusal("urls:\n  issue: \"{yyyy}/{mm}/{dd}/01.html/\"\n  page: \"{yyyy}/{mm}/{dd}/{page}.html\"\n");

        Assert.Equal(new SourceLocation("edition.yml", 3, 9), diagnostic.Location);
        Assert.Contains("the issue of 2023-05-30 needs the folder 2023/05/30/01.html, which is also the file of page 1 of 2023-05-30", diagnostic.Message);
    }

    [Fact]
    public void A_written_pattern_that_collides_with_a_default_is_refused_where_it_is_written()
    {
        var diagnostic = Refusal("title: 阿勒泰报\nurls:\n  issue: \"{yyyy}/{mm}/{dd}/01/\"\n");

        Assert.Equal(new SourceLocation("edition.yml", 3, 10), diagnostic.Location);
        Assert.Contains("the issue of 2023-05-30 and page 1 of 2023-05-30 both write 2023/05/30/01/index.html", diagnostic.Message);
    }

    [Fact]
    public void Patterns_with_the_same_placeholders_but_their_own_text_do_not_collide()
    {
        var config = EditionConfigLoader.Parse(
            "urls:\n  issue: \"{yyyy}/{mm}/{dd}/\"\n  page: \"{yyyy}/{mm}/{dd}/page-{page}.html\"\n  article: \"{yyyy}/{mm}/{dd}/{page}/{order}.html\"\n", "edition.yml");

        Assert.Equal("2023/05/30/page-01.html", config.Urls.Page.Format(Date, 1));
    }
}
