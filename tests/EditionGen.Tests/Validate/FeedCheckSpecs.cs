using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class FeedCheckSpecs
{
    private static readonly HashSet<string> Site = new(StringComparer.Ordinal)
    {
        "index.html", "2023/05/30/index.html", "2023/05/30/page-1.html", "feed.xml", "sitemap.xml",
    };

    private static IReadOnlyList<Diagnostic> Check(string path, string xml, string? host = null) =>
        new SiteValidator(new ValidationOptions { KnownPaths = Site, BasePath = "/repo/", SiteHost = host })
            .Check(SiteFile.FromText(path, xml));

    [Fact]
    public void A_sitemap_entry_for_a_missing_page_is_an_error_at_its_line()
    {
        const string sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://news.example.org/repo/</loc></url>
              <url><loc>https://news.example.org/repo/2023/05/30/</loc></url>
              <url><loc>https://news.example.org/repo/2023/05/29/</loc></url>
              <url><loc>https://news.example.org/2023/05/30/</loc></url>
            </urlset>
            """;

        var findings = Check("sitemap.xml", sitemap);

        Assert.Equal(
            [(DiagnosticCodes.FeedEntryBroken, 5), (DiagnosticCodes.FeedEntryBroken, 6)],
            findings.Select(d => (d.Code, d.Location.Line)));
        Assert.Equal("site-output/sitemap.xml", findings[0].Location.Path);
        Assert.Contains("2023/05/29/index.html", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feed_link_to_a_missing_page_is_an_error_but_other_hosts_pass_when_the_host_is_known()
    {
        const string feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>阿勒泰报</title>
              <link rel="self" href="https://news.example.org/repo/feed.xml"/>
              <link rel="related" href="https://www.example.com/about"/>
              <entry><title>第一版</title><link href="https://news.example.org/repo/2023/05/30/page-1.html"/></entry>
              <entry><title>第二版</title><link href="https://news.example.org/repo/2023/05/30/page-2.html"/></entry>
            </feed>
            """;

        var finding = Assert.Single(Check("feed.xml", feed, host: "news.example.org"));

        Assert.Equal((DiagnosticCodes.FeedEntryBroken, DiagnosticSeverity.Error, 7), (finding.Code, finding.Severity, finding.Location.Line));
    }

    [Fact]
    public void An_rss_link_given_as_text_is_checked()
    {
        const string rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>阿勒泰报</title><link>https://news.example.org/repo/</link>
            <item><title>第一版</title><link>https://news.example.org/repo/2023/05/30/page-1.html</link><link>https://news.example.org/repo/2023/05/30/page-3.html</link></item>
            </channel></rss>
            """;

        var finding = Assert.Single(Check("feed.xml", rss));

        Assert.Contains("page-3.html", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_an_error()
    {
        var finding = Assert.Single(Check("feed.xml", "<feed><entry></feed>"));

        Assert.Equal((DiagnosticCodes.FeedUnreadable, 1), (finding.Code, finding.Location.Line));
    }

    [Fact]
    public void A_feed_may_not_pull_in_a_document_type_definition()
    {
        const string withEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <urlset><url><loc>&x;</loc></url></urlset>
            """;

        var finding = Assert.Single(Check("sitemap.xml", withEntity));

        Assert.Equal(DiagnosticCodes.FeedUnreadable, finding.Code);
    }
}
