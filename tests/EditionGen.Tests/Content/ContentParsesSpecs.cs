using System.Text.Json;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

/// <summary>
/// Content read with the parses a last build kept: only files whose bytes changed are parsed again, and a file whose
/// length and time are the ones kept with its parse is not even read.
/// </summary>
public class ContentParsesSpecs
{
    private const string FrontPage = "content/2023/05/30/01-01.md";

    private static TempDir SampleSite()
    {
        var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        return site;
    }

    /// <summary>Every content file as if it had been written an hour ago, long enough for its length and time to be kept.</summary>
    private static void Age(TempDir site)
    {
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(site["content"], "*.md", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, hourAgo);
    }

    /// <summary>Writes <paramref name="text"/> over a file and puts its time back as it was.</summary>
    private static void Rewrite(TempDir site, string path, string text)
    {
        var written = File.GetLastWriteTimeUtc(site[path]);
        site.Write(path, text);
        File.SetLastWriteTimeUtc(site[path], written);
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

    [Fact]
    public void A_file_whose_length_and_time_are_the_kept_ones_is_taken_without_being_read()
    {
        using var site = SampleSite();
        Age(site);
        var first = new ContentParses();
        var fresh = ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        var again = new ContentParses(first.Current);

        var read = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.Equal(0, first.TrustedCount);
        Assert.Equal(5, again.TrustedCount);
        Assert.Equal(0, again.ParsedCount);
        Assert.Equal(Json(fresh), Json(read));
    }

    [Fact]
    public void A_file_touched_with_the_same_bytes_is_read_and_hashed_but_not_parsed_and_its_new_time_is_kept()
    {
        using var site = SampleSite();
        Age(site);
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        File.SetLastWriteTimeUtc(site[FrontPage], DateTime.UtcNow.AddMinutes(-30));
        var again = new ContentParses(first.Current);

        ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.Equal(4, again.TrustedCount);
        Assert.Equal(0, again.ParsedCount);
        Assert.Equal(first.Current[FrontPage].Hash, again.Current[FrontPage].Hash);
        Assert.Equal(new FileInfo(site[FrontPage]).LastWriteTimeUtc.Ticks, again.Current[FrontPage].Stamp?.Ticks);
    }

    [Fact]
    public void A_file_changed_with_the_same_length_and_time_is_not_seen_until_its_time_changes()
    {
        using var site = SampleSite();
        Age(site);
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        Rewrite(site, FrontPage, site.Read(FrontPage).Replace("闯出新路子", "走出新路子", StringComparison.Ordinal));

        var unseen = ContentReader.Read(site["content"], new DiagnosticBag(), parses: new ContentParses(first.Current));
        File.SetLastWriteTimeUtc(site[FrontPage], DateTime.UtcNow.AddMinutes(-30));
        var again = new ContentParses(first.Current);
        var seen = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        // As in git's index: the same length and time are taken for the same bytes.
        Assert.Equal("努力在高质量发展中闯出新路子", unseen.Issues[0].Articles[0].Article.Title);
        Assert.Equal(1, again.ParsedCount);
        Assert.Equal("努力在高质量发展中走出新路子", seen.Issues[0].Articles[0].Article.Title);
    }

    [Fact]
    public void A_file_written_just_before_it_was_read_keeps_no_stamp_and_is_read_again_by_the_next_build()
    {
        using var site = SampleSite();
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        Rewrite(site, FrontPage, site.Read(FrontPage).Replace("闯出新路子", "走出新路子", StringComparison.Ordinal));
        var again = new ContentParses(first.Current);

        var read = ContentReader.Read(site["content"], new DiagnosticBag(), parses: again);

        Assert.All(first.Current.Values, parse => Assert.Null(parse.Stamp));
        Assert.Equal(0, again.TrustedCount);
        Assert.Equal("努力在高质量发展中走出新路子", read.Issues[0].Articles[0].Article.Title);
    }

    [Fact]
    public void Files_are_taken_by_the_length_and_time_the_listing_found_and_a_write_after_it_is_seen_by_the_next_build()
    {
        using var site = SampleSite();
        Age(site);
        var first = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: first);
        var listing = ContentListing.Read(site["content"]);
        site.Write(FrontPage, site.Read(FrontPage).Replace("闯出新路子", "走出新路子", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(site[FrontPage], DateTime.UtcNow.AddMinutes(-30));
        var listed = new ContentParses(first.Current);

        var unseen = ContentReader.Read(site["content"], new DiagnosticBag(), parses: listed, listing: listing);
        var next = new ContentParses(listed.Current);
        var seen = ContentReader.Read(site["content"], new DiagnosticBag(), parses: next, listing: ContentListing.Read(site["content"]));

        // The listing stamped the file before the write, as a look just before reading it would have.
        Assert.Equal(5, listed.TrustedCount);
        Assert.Equal("努力在高质量发展中闯出新路子", unseen.Issues[0].Articles[0].Article.Title);
        Assert.Equal(1, next.ParsedCount);
        Assert.Equal("努力在高质量发展中走出新路子", seen.Issues[0].Articles[0].Article.Title);
    }
}
