using System.Globalization;

namespace EditionGen.Configuration;

/// <summary>
/// Finds two addresses the patterns would give the same path, or a path that would be both a file and a folder.
/// Patterns can only collide through their literal text, so trying every page and order up to 99 on dates whose
/// digits all differ finds every collision an edition can meet.
/// </summary>
internal static class UrlPatternCollisions
{
    private const int Largest = 99;

    private static readonly DateOnly[] Dates = [new(2023, 5, 30), new(2024, 12, 1), new(2031, 10, 17)];

    /// <summary>Null, or the later of the two colliding patterns and what collides.</summary>
    public static (UrlPatternKind Kind, string Problem)? Find(UrlPatterns patterns)
    {
        var files = new Dictionary<string, (UrlPatternKind Kind, string Name)>(StringComparer.Ordinal);
        foreach (var (kind, name, path) in Paths(patterns))
        {
            if (files.TryGetValue(path, out var first) && first.Name != name)
                return (kind, Describe(patterns, first.Kind, first.Name, kind, name, $"both write {path}"));
            files[path] = (kind, name);
        }
        var folders = new Dictionary<string, (UrlPatternKind Kind, string Name)>(StringComparer.Ordinal);
        foreach (var (kind, name, path) in Paths(patterns))
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
                folders.TryAdd(path[..slash], (kind, name));
        }
        foreach (var (path, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (folders.TryGetValue(path, out var folder))
            {
                var later = (UrlPatternKind)Math.Max((int)file.Kind, (int)folder.Kind);
                return (later, Describe(patterns, file.Kind, file.Name, folder.Kind, folder.Name, $"need {path} as a file and as a folder"));
            }
        }
        return null;
    }

    private static string Describe(UrlPatterns patterns, UrlPatternKind firstKind, string first, UrlPatternKind secondKind, string second, string what)
    {
        var example = firstKind == secondKind ? $"the {UrlPatternSyntax.KeyOf(firstKind)} pattern \"{patterns[firstKind]}\"" : $"the {UrlPatternSyntax.KeyOf(firstKind)} pattern \"{patterns[firstKind]}\" and the {UrlPatternSyntax.KeyOf(secondKind)} pattern \"{patterns[secondKind]}\"";
        var later = (UrlPatternKind)Math.Max((int)firstKind, (int)secondKind);
        return $"{example} collide: {first} and {second} {what}; give each its own literal text or folder, for example {UrlPatternSyntax.KeyOf(later)}: \"{UrlPatternSyntax.Example(later)}\"";
    }

    private static IEnumerable<(UrlPatternKind Kind, string Name, string Path)> Paths(UrlPatterns patterns)
    {
        foreach (var date in Dates)
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return (UrlPatternKind.Issue, $"the issue of {day}", patterns.Issue.Format(date));
            yield return (UrlPatternKind.Issue, $"the issue of {day}", patterns.Issue.Companion(UrlPatterns.IssueJsonName, date));
            for (var page = 1; page <= Largest; page++)
            {
                yield return (UrlPatternKind.Page, $"page {page} of {day}", patterns.Page.Format(date, page));
                for (var order = 1; order <= Largest; order++)
                {
                    var name = $"article {page}-{order} of {day}";
                    yield return (UrlPatternKind.Article, name, patterns.Article.Format(date, page, order));
                    yield return (UrlPatternKind.Article, name, patterns.Article.Companion(UrlPatterns.ArticleTextName, date, page, order));
                }
            }
        }
    }
}
