using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using EditionGen.Content;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// schema.org NewsArticle data for an article page. The JavaScript encoder keeps Chinese readable but always
/// escapes &lt;, &gt;, &amp; and quotes, so the result can sit inside a script element whatever the content says.
/// </summary>
internal static class NewsArticleData
{
    // The square that opens each printed summary line is typography, not words.
    private static readonly char[] SummaryMarks = ['■', ' ', '\u3000'];

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string For(ArticleView article, IssueView issue, string datePublished, string siteTitle, string canonicalUrl)
    {
        var authors = new JsonArray();
        foreach (var name in article.Authors.Count > 0 ? article.Authors : article.Byline is null ? [] : [article.Byline])
            authors.Add(new JsonObject { ["@type"] = "Person", ["name"] = name });
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["datePublished"] = datePublished,
            ["mainEntityOfPage"] = canonicalUrl,
            ["description"] = Description(article),
            ["author"] = authors,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteTitle },
        };
        if (article.Column is not null) data["articleSection"] = article.Column;
        return data.ToJsonString(Options);
    }

    /// <summary>The printed summary when there is one (it is what the editors wrote to describe the article), else the body's excerpt.</summary>
    private static string Description(ArticleView article)
    {
        if (article.Summary.Count == 0) return article.Excerpt;
        var summary = Excerpt.Of(string.Join(' ', article.Summary.Select(line => line.TrimStart(SummaryMarks).Trim())));
        return summary.Length > 0 ? summary : article.Excerpt;
    }
}
