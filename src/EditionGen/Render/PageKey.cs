using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>
/// The key of a page: a hash of its layout's name, the interface strings, the content file it reads (if any) and
/// its whole model as JSON. The model holds everything a template can reach besides the templates themselves,
/// so two equal keys rendered with the same templates give the same bytes; a change of an article, a neighbour's
/// title or a configuration key changes exactly the keys of the pages whose models show it.
/// </summary>
internal static class PageKey
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(PageKeyJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    // Pages of one issue share its view, archive pages the list of years: each shared view is hashed once.
    private static readonly ConditionalWeakTable<object, string> Hashes = new();

    public static string Of(string kind, string stringsHash, string? contentHash, PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = Start(kind, stringsHash, contentHash);
        foreach (var part in new object?[]
        {
            model.Site, model.Meta, model.Issue, model.CurrentPage, model.PreviousPage, model.NextPage, model.Article,
            model.PreviousArticle, model.NextArticle, model.PreviousIssue, model.NextIssue, model.ArchiveYears,
            model.ArchiveYear, model.ArchiveMonth, model.NameIndex, model.NamePage,
        })
        {
            text.Append(part is null ? "-" : HashOf(part)).Append('\n');
        }

        return Finish(text);
    }

    public static string Of(string kind, string stringsHash, string? contentHash, object view) =>
        Finish(Start(kind, stringsHash, contentHash).Append(HashOf(view)));

    /// <summary>
    /// The key of one issue's files: the settings, the interface strings, the site view, the hash of every content file
    /// the issue is made from (its <c>_index.md</c>, then its articles in order) and the neighbouring issues it links.
    /// Every page model of the issue is made from these alone, so an equal key gives equal page keys.
    /// </summary>
    public static string OfIssue(string settings, string stringsHash, object site, IEnumerable<string> contentFiles, object? previous, object? next)
    {
        var text = Start("issue", settings, stringsHash);
        text.Append(HashOf(site)).Append('\n');
        foreach (var file in contentFiles) text.Append(file).Append('\n');
        text.Append(previous is null ? "-" : HashOf(previous)).Append('\n').Append(next is null ? "-" : HashOf(next)).Append('\n');
        return Finish(text);
    }

    /// <summary>
    /// The key of one author's or column's pages: the settings, the interface strings, the site view, the kind of index,
    /// the name, its slug and every article the entry lists, in order, by date, page, order and title. Every page model
    /// of the entry is made from these alone, so an equal key gives equal page keys.
    /// </summary>
    public static string OfNameEntry(string settings, string stringsHash, object site, string kind, NameEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = Start("name-entry", settings, stringsHash);
        text.Append(HashOf(site)).Append('\n').Append(kind).Append('\n').Append(entry.Name).Append('\n').Append(entry.Slug).Append('\n');
        foreach (var article in entry.Articles)
        {
            text.Append(CultureInfo.InvariantCulture, $"{article.Date.DayNumber} {article.Page} {article.Order} {article.Title}\n");
        }

        return Finish(text);
    }

    /// <summary>The key of a file that is not a page (a feed, a sitemap): the settings, the interface strings and a text of everything it shows.</summary>
    public static string OfText(string kind, string settings, string stringsHash, string text) =>
        Finish(Start(kind, settings, stringsHash).Append(text));

    // A key's parts are gathered as text and hashed at once: a hash object made for each of thousands of keys costs more than the hashing.
    private static StringBuilder Start(string kind, string stringsHash, string? contentHash) =>
        new StringBuilder(1024).Append(kind).Append('\n').Append(stringsHash).Append('\n').Append(contentHash).Append('\n');

    private static string Finish(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

    private static string HashOf(object view) => Hashes.GetValue(view, v =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(v, v.GetType(), Json))));

    public static string OfStrings(ScriptObject strings)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in strings.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(value).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Each named theme file as the theme resolves it now: where it comes from and the hash of its bytes.</summary>
    public static string OfTemplates(Theme theme, IEnumerable<string> names)
    {
        var text = new StringBuilder();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var lookup = theme.Find(name);
            string found;
            try
            {
                found = lookup.File is null ? "missing" : lookup.File.DisplayPath + " " + Convert.ToHexStringLower(SHA256.HashData(lookup.File.Read()));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                found = "unreadable";
            }

            text.Append(name).Append(' ').Append(found).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
