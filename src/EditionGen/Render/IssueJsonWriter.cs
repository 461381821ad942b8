using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EditionGen.Configuration;
using EditionGen.Model;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// <c>2023/05/30/issue.json</c> beside the issue: the issue's masthead, pages and articles (without bodies) for scripts and apps,
/// with the same field names templates use.
/// </summary>
internal static class IssueJsonWriter
{
    public const string FileName = UrlPatterns.IssueJsonName;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>The summary of an issue, written to <paramref name="path"/> (<see cref="UrlBuilder.IssueJsonPath"/>).</summary>
    public static SiteFile Write(IssueView issue, string path, string siteTitle)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", siteTitle);
            json.WriteString("date", issue.Date);
            json.WriteString("weekday", issue.Weekday);
            String(json, "lunar_date", issue.LunarDate);
            Number(json, "issue_number", issue.IssueNumber);
            json.WriteNumber("page_count", issue.PageCount);
            json.WriteString("url", issue.Url);
            json.WriteStartArray("pages");
            foreach (var page in issue.Pages) Page(json, page);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return new SiteFile(path, buffer.ToArray(), FileName);
    }

    private static void Page(Utf8JsonWriter json, PageView page)
    {
        json.WriteStartObject();
        json.WriteNumber("number", page.Number);
        json.WriteString("label", page.Label);
        String(json, "name", page.Name);
        String(json, "url", page.Url);
        json.WriteStartArray("articles");
        foreach (var article in page.Articles) Article(json, article);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Article(Utf8JsonWriter json, ArticleView article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteNumber("page", article.Page);
        json.WriteNumber("order", article.Order);
        String(json, "kicker", article.Kicker);
        json.WriteString("title", article.Title);
        String(json, "subtitle", article.Subtitle);
        String(json, "column", article.Column);
        String(json, "byline", article.Byline);
        json.WriteStartArray("authors");
        foreach (var author in article.Authors) json.WriteStringValue(author);
        json.WriteEndArray();
        String(json, "dateline", article.Dateline);
        json.WriteStartArray("summary");
        foreach (var line in article.Summary) json.WriteStringValue(line);
        json.WriteEndArray();
        Number(json, "continued_to", article.ContinuedTo?.Number);
        Number(json, "continued_from", article.ContinuedFrom?.Number);
        json.WriteString("url", article.Url);
        json.WriteString("excerpt", article.Excerpt);
        json.WriteEndObject();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }
}
