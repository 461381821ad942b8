using EditionGen.Model;

namespace EditionGen.Render;

/// <summary>
/// The authors or the columns of the whole site, built from article metadata alone (names, titles, places), so it
/// stays small however long the bodies are. Names are trimmed and sorted ordinally; articles are newest first,
/// then by page and order.
/// </summary>
internal sealed class NameIndex
{
    public const string Authors = "authors";
    public const string Columns = "columns";

    private NameIndex(string kind, IReadOnlyList<NameEntry> entries)
    {
        Kind = kind;
        Entries = entries;
    }

    /// <summary><see cref="Authors"/> or <see cref="Columns"/>; also the first folder of its pages.</summary>
    public string Kind { get; }

    public IReadOnlyList<NameEntry> Entries { get; }

    public static NameIndex OfAuthors(IReadOnlyList<PlannedIssue> issues) => Build(Authors, issues, article => article.Authors);

    public static NameIndex OfColumns(IReadOnlyList<PlannedIssue> issues) =>
        Build(Columns, issues, article => article.Column is null ? [] : [article.Column]);

    /// <summary>The names of an article that this kind of index lists, as the index spells them.</summary>
    public static IEnumerable<string> Names(IEnumerable<string?> names) =>
        names.Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);

    private static NameIndex Build(string kind, IReadOnlyList<PlannedIssue> issues, Func<Article, IEnumerable<string?>> namesOf)
    {
        var byName = new SortedDictionary<string, List<IndexedArticle>>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            foreach (var content in issue.Articles)
            {
                var article = content.Article;
                foreach (var name in Names(namesOf(article)))
                {
                    if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                    list.Add(new IndexedArticle(issue.Date, article.Page, article.Order, article.Title));
                }
            }
        }
        var entries = byName
            .Select(pair => new NameEntry(
                pair.Key,
                NameSlug.Of(pair.Key),
                pair.Value.OrderByDescending(a => a.Date).ThenBy(a => a.Page).ThenBy(a => a.Order).ToList()))
            .ToList();
        return new NameIndex(kind, entries);
    }
}
