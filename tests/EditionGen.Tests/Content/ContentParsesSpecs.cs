using System.Text.Json;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>Content read with the parses a last build kept: only files whose bytes changed are parsed again.</summary>
public class ContentParsesSpecs
{
    private const string FrontPage = "content/2023/05/30/01-01.md";

    private static TempDir SampleSite()
    {
        var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        return site;
    }

    private static string Json(SiteContent content) =>
        JsonSerializer.Serialize(content.Issues.Select(i => new { i.SourcePath, i.Issue, Articles = i.Articles.Select(a => new { a.SourcePath, a.Article, a.Excerpt }) }));

    [Fact]
    public void Files_whose_bytes_the_kept_parses_were_made_from_are_not_parsed_again_and_read_the_same()
    {
        using var site = SampleSite();
        var first = new ContentParses();
        var fresh = ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        var again = new ContentParses(first.Current);

        var read = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.Equal(5, first.ParsedCount);
        Assert.Equal(0, again.ParsedCount);
        Assert.Equal(Json(fresh), Json(read));
    }

    [Fact]
    public void Only_the_edited_file_is_parsed_again_and_its_new_front_matter_is_read()
    {
        using var site = SampleSite();
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        site.Write(FrontPage, site.Read(FrontPage).Replace("努力在高质量发展中闯出新路子", "努力在高质量发展中走出新路子", StringComparison.Ordinal));
        var again = new ContentParses(first.Current);

        var read = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.Equal(1, again.ParsedCount);
        Assert.Equal("努力在高质量发展中走出新路子", read.Issues[0].Articles[0].Article.Title);
    }

    [Fact]
    public void A_kept_parse_made_from_other_bytes_than_the_file_has_is_not_trusted()
    {
        using var site = SampleSite();
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        var kept = first.Current.ToDictionary(p => p.Key, p => p.Value);
        kept[FrontPage] = kept[FrontPage] with { Hash = new string('0', 64), Article = kept[FrontPage].Article! with { Title = "别的标题" } };
        var again = new ContentParses(kept);

        var read = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.Equal(1, again.ParsedCount);
        Assert.Equal("努力在高质量发展中闯出新路子", read.Issues[0].Articles[0].Article.Title);
    }

    [Fact]
    public void What_a_skipped_file_reported_is_reported_again_when_its_kept_parse_is_taken()
    {
        using var site = SampleSite();
        site.Write("content/2023/05/30/09-01.md", "---\npage: 9\norder: 1\n---\n\n正文。\n");
        var first = new ContentParses();
        var firstFindings = new DiagnosticBag();
        ContentReader.Read(site["content"], firstFindings, parses: first);
        var findings = new DiagnosticBag();

        ContentReader.Read(site["content"], findings, parses: new ContentParses(first.Current));

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.FrontMatterKeyMissing && d.Location.Path == "content/2023/05/30/09-01.md");
        Assert.Equal(firstFindings.Sorted(), findings.Sorted());
    }
}
