using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>Front matter that is broken or cannot be right: a located error for that file, the others still read.</summary>
public sealed class FrontMatterRefusalSpecs : IDisposable
{
    private readonly TempDir _site = new();

    public FrontMatterRefusalSpecs()
    {
        _site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-30\n---\n");
        _site.Write("content/2023/05/30/01-01.md", "---\npage: 1\norder: 1\ntitle: \"好的一篇\"\n---\n\n正文。\n");
    }

    public void Dispose() => _site.Dispose();

    private (SiteContent Content, IReadOnlyList<Diagnostic> Findings) ReadWith(string frontMatter)
    {
        _site.Write("content/2023/05/30/01-02.md", "---\n" + frontMatter + "---\n\n正文。\n");
        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(_site["content"], diagnostics);
        return (content, diagnostics.Sorted());
    }

    [Fact]
    public void An_unclosed_bracket_which_makes_yamldotnet_throw_from_its_scanner_is_a_located_error_and_the_good_file_still_reads()
    {
        var (content, findings) = ReadWith("page: 1\norder: 2\ntitle: [unclosed\nsubtitle: null\n");

        var error = Assert.Single(findings);
        Assert.Equal("content/2023/05/30/01-02.md(4,8): error EG0201: the front matter is not valid YAML (a bracket, brace or quote is left open); the file was skipped. Fix the line, or quote the value in double quotes.", error.ToString());
        Assert.Equal(["01-01"], Assert.Single(content.Issues).Articles.Select(a => a.Article.Id));
    }

    [Theory]
    [InlineData("id: \"../../etc\"\n", "id contains '..'")]
    [InlineData("id: \"01/02\"\n", "id contains a '/' or '\\'")]
    [InlineData("id: \"/etc/passwd\"\n", "id contains a '/' or '\\'")]
    [InlineData("id: \"C:evil\"\n", "id looks like a path")]
    [InlineData("id: \".hidden\"\n", "id looks like a path")]
    public void An_id_that_could_name_a_path_is_refused_at_its_line(string idLine, string problem)
    {
        var (content, findings) = ReadWith("page: 1\norder: 2\n" + idLine + "title: \"标题\"\n");

        var error = Assert.Single(findings);
        Assert.StartsWith("content/2023/05/30/01-02.md(4,1): error EG0203: " + problem, error.ToString());
        Assert.Single(Assert.Single(content.Issues).Articles);
    }

    [Theory]
    [InlineData("page: one\norder: 2\n", 2, "page must be a whole number")]
    [InlineData("page: 1\norder: 2.5\n", 3, "order must be a whole number")]
    [InlineData("page: 0\norder: 2\n", 2, "page must be a whole number from 1 to 999, not 0")]
    [InlineData("page: 1\norder: -4\n", 3, "order must be a whole number from 1 to 999, not -4")]
    public void A_page_or_order_that_is_not_a_counting_number_is_refused_at_its_line(string lines, int line, string message)
    {
        var (_, findings) = ReadWith(lines + "title: \"标题\"\n");

        var error = Assert.Single(findings);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(DiagnosticCodes.FrontMatterValueInvalid, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_title_is_an_error_and_an_unknown_key_a_warning()
    {
        var (_, missing) = ReadWith("page: 1\norder: 2\n");
        Assert.Equal(DiagnosticCodes.FrontMatterKeyMissing, Assert.Single(missing).Code);

        var (content, unknown) = ReadWith("page: 1\norder: 2\ntitle: \"标题\"\nheadline: \"多余\"\n");
        var warning = Assert.Single(unknown);
        Assert.Equal((DiagnosticCodes.FrontMatterKeyUnknown, DiagnosticSeverity.Warning, 5), (warning.Code, warning.Severity, warning.Location.Line));
        Assert.Equal(2, Assert.Single(content.Issues).Articles.Count);
    }

    [Theory]
    [InlineData("2023-05-30T23:30")]
    [InlineData("2023-05-30 08:00:00")]
    public void An_issue_date_with_a_time_but_no_offset_is_the_day_as_written_in_the_editions_time_zone(string date)
    {
        _site.Write("content/2023/05/30/_index.md", $"---\ndate: {date}\n---\n");

        var (content, findings) = ReadWith("page: 1\norder: 2\ntitle: \"标题\"\n");

        Assert.Empty(findings);
        Assert.Equal(new DateOnly(2023, 5, 30), Assert.Single(content.Issues).Issue.Date);
    }

    [Fact]
    public void An_issue_date_with_an_offset_is_refused_because_its_day_would_depend_on_the_zone()
    {
        _site.Write("content/2023/05/30/_index.md", "---\ndate: 2023-05-29T20:00:00+00:00\n---\n");

        var (content, findings) = ReadWith("page: 1\norder: 2\ntitle: \"标题\"\n");

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.FrontMatterValueInvalid && d.Location == new SourceLocation("content/2023/05/30/_index.md", 2, 7));
        Assert.Empty(content.Issues);
    }
}
