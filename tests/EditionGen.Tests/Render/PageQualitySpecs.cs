using AngleSharp.Dom;

namespace EditionGen.Tests.Render;

/// <summary>What every HTML page of the default theme promises, checked on every page of the sample edition.</summary>
public class PageQualitySpecs
{
    // The sample with a busy reporter, so that a second page of an author's list and hashed slugs are checked too.
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleSite.WithBusyAuthor()));

    public static TheoryData<string> HtmlPaths()
    {
        var data = new TheoryData<string>();
        foreach (var path in Site.Value.Plan.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(HtmlPaths))]
    public void Every_page_has_the_html5_head_a_reader_and_a_search_engine_need(string path)
    {
        var text = Site.Value.Text(path);
        var page = Html.Parse(text);

        Assert.StartsWith("<!doctype html>", text, StringComparison.Ordinal);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", page.One("meta[charset]").GetAttribute("charset"));
        Assert.Contains("width=device-width", page.One("meta[name=viewport]").GetAttribute("content"));
        Assert.EndsWith("阿勒泰报", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.One("meta[name=description]").GetAttribute("content")));
        Assert.StartsWith("https://example.github.io/altay/", page.One("link[rel=canonical]").GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(HtmlPaths))]
    public void Every_page_has_a_skip_link_to_its_main_content_and_unique_ids(string path)
    {
        var page = Html.Parse(Site.Value.Text(path));

        var skip = page.One("a.skip-link");
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("main"));
        var ids = page.All.Where(e => e.HasAttribute("id")).Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Theory]
    [MemberData(nameof(HtmlPaths))]
    public void Every_page_has_one_h1_and_never_skips_a_heading_level(string path)
    {
        var page = Html.Parse(Site.Value.Text(path));

        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i]} follows h{levels[i - 1]}");
    }

    [Theory]
    [MemberData(nameof(HtmlPaths))]
    public void Every_internal_link_points_to_a_planned_path(string path)
    {
        var page = Html.Parse(Site.Value.Text(path));

        foreach (var element in page.QuerySelectorAll("a[href], link[href]"))
        {
            var href = element.GetAttribute("href")!;
            if (href.StartsWith('#')) continue;
            Assert.StartsWith("/altay/", href.Replace("https://example.github.io", ""));
            var target = Site.Value.Plan.Urls.ToOutputPath(href);
            Assert.True(target is not null && Site.Value.Plan.Contains(target), $"{path}: {href} is not a planned path");
        }
    }

    [Theory]
    [MemberData(nameof(HtmlPaths))]
    public void Every_page_parses_without_html_errors(string path)
    {
        var errors = new List<string>();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString()!);

        parser.ParseDocument(Site.Value.Text(path));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_meta_description_is_cut_by_characters()
    {
        var page = Html.Parse(Site.Value.Text("2023/05/30/01/01/index.html"));

        var description = page.One("meta[name=description]").GetAttribute("content")!;
        Assert.EndsWith("…", description);
        Assert.Equal(121, description.Length);
        Assert.StartsWith("5月29日，地区召开文旅产业发展推进会", description);
    }
}
