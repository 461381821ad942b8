using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// schema.org NewsArticle data for an article page. The JavaScript encoder keeps Chinese readable but always
/// escapes &lt;, &gt;, &amp; and quotes, so the result can sit inside a script element whatever the content says.
/// </summary>
internal static class NewsArticleData
{
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
            ["description"] = article.Excerpt,
            ["author"] = authors,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteTitle },
        };
        if (article.Column is not null) data["articleSection"] = article.Column;
        return data.ToJsonString(Options);
    }
}
