using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EditionGen.Model;

namespace EditionGen.Ingest.Json;

/// <summary>
/// Writes an issue as the JSON that <c>editiongen parse</c> prints: snake_case keys, indented, Chinese
/// unescaped, enums as lower-case strings, and every key present (missing values are null).
/// </summary>
public static class IssueJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var root = new JsonObject
        {
            ["source"] = issue.Source,
            ["date"] = issue.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["lunar_date"] = issue.LunarDate,
            ["weekday"] = issue.Weekday,
            ["issue_number"] = issue.IssueNumber,
            ["page_count"] = issue.PageCount,
            ["contacts"] = new JsonObject
            {
                ["email"] = issue.Contacts.Email,
                ["hotline"] = issue.Contacts.Hotline,
            },
            ["masthead_extras"] = Strings(issue.MastheadExtras),
            ["pages"] = new JsonArray(issue.Pages.Select(p => (JsonNode)new JsonObject
            {
                ["number"] = p.Number,
                ["name"] = p.Name,
                ["running_heads"] = Strings(p.RunningHeads),
            }).ToArray()),
            ["articles"] = new JsonArray(issue.Articles.Select(a => (JsonNode)Article(a)).ToArray()),
            ["unassigned"] = new JsonArray(issue.Unassigned.Select(r => (JsonNode)new JsonObject
            {
                ["line"] = r.Line,
                ["text"] = r.Text,
            }).ToArray()),
            ["warnings"] = new JsonArray(issue.Warnings.Select(w => (JsonNode)new JsonObject
            {
                ["line"] = w.Line,
                ["code"] = w.Code,
                ["message"] = w.Message,
            }).ToArray()),
        };
        return root.ToJsonString(Options);
    }

    private static JsonObject Article(Article article) => new()
    {
        ["id"] = article.Id,
        ["page"] = article.Page,
        ["order"] = article.Order,
        ["kicker"] = article.Kicker,
        ["title"] = article.Title,
        ["subtitle"] = article.Subtitle,
        ["column"] = article.Column,
        ["byline"] = article.Byline,
        ["authors"] = Strings(article.Authors),
        ["dateline"] = article.Dateline,
        ["summary"] = Strings(article.Summary),
        ["credits"] = Strings(article.Credits),
        ["signature"] = Strings(article.Signature),
        ["blocks"] = new JsonArray(article.Blocks.Select(b => (JsonNode)new JsonObject
        {
            ["type"] = b.Type.ToString().ToLowerInvariant(),
            ["text"] = b.Text,
            ["items"] = b.Items is null ? null : Strings(b.Items),
        }).ToArray()),
        ["continued_to"] = article.ContinuedTo,
        ["continued_from"] = article.ContinuedFrom,
        ["source_lines"] = new JsonArray(article.SourceLines.First, article.SourceLines.Last),
        ["confidence"] = Confidence(article.Confidence),
    };

    /// <summary>Rounded to three decimals, so that output does not change with noise in the last digits of a score.</summary>
    private static JsonObject? Confidence(ArticleConfidence? confidence) => confidence is null ? null : new JsonObject
    {
        ["boundary"] = Score(confidence.Boundary),
        ["headline"] = Score(confidence.Headline),
    };

    // JSON has no NaN or infinity: a score that is not a number is written as null rather than failing the command.
    private static double? Score(double value) =>
        double.IsFinite(value) ? Math.Round(Math.Clamp(value, 0, 1), 3, MidpointRounding.AwayFromZero) : null;

    private static JsonArray Strings(IEnumerable<string> values) =>
        new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
