using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EditionGen.Configuration;

/// <summary>
/// Finds two addresses the patterns would give the same path, or a path that one needs as a file and another as a
/// folder. One pattern cannot collide with itself (its placeholders have a fixed width), so each path of the fewer
/// issues and pages, on a few dates and with every page number, is matched against what the other patterns can give.
/// Paths are compared ignoring case, as a checkout on Windows or macOS would merge them.
/// </summary>
internal static class UrlPatternCollisions
{
    private const string TwoDigits = "(?:0[1-9]|[1-9][0-9])";

    private static readonly DateOnly[] Dates = [new(2023, 5, 30), new(2024, 12, 1), new(2031, 10, 17), new(2020, 1, 9)];

    /// <summary>Null, or the two colliding patterns and what collides.</summary>
    public static (UrlPatternKind Lower, UrlPatternKind Higher, string Problem)? Find(UrlPatterns patterns)
    {
        foreach (var (lower, higher) in new[] { (UrlPatternKind.Issue, UrlPatternKind.Page), (UrlPatternKind.Issue, UrlPatternKind.Article), (UrlPatternKind.Page, UrlPatternKind.Article) })
        {
            var problem = Find(patterns, lower, higher);
            if (problem is not null)
                return (lower, higher, $"the {Key(lower)} pattern \"{patterns[lower]}\" and the {Key(higher)} pattern \"{patterns[higher]}\" collide: {problem}; "
                    + $"give each its own folder or literal text, for example {Key(higher)}: \"{UrlPatternSyntax.Example(higher)}\"");
        }
        return null;
    }

    private static string? Find(UrlPatterns patterns, UrlPatternKind lower, UrlPatternKind higher)
    {
        var files = Files(patterns[higher]).Select(parts => ToRegex(parts)).ToList();
        var folders = Files(patterns[higher]).SelectMany(Folders).Select(parts => ToRegex(parts)).ToList();
        foreach (var (name, path) in Instances(patterns[lower]))
        {
            foreach (var file in files)
            {
                var match = file.Match(path);
                if (match.Success) return $"{name} and {Describe(higher, match)} both write {path}";
            }
            foreach (var folder in folders)
            {
                var match = folder.Match(path);
                if (match.Success) return $"{name} writes the file {path}, which is also the folder of {Describe(higher, match)}";
            }
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                foreach (var file in files)
                {
                    var match = file.Match(path[..slash]);
                    if (match.Success) return $"{name} needs the folder {path[..slash]}, which is also the file of {Describe(higher, match)}";
                }
            }
        }
        return null;
    }

    private static IEnumerable<(string Name, string Path)> Instances(UrlPattern pattern)
    {
        foreach (var date in Dates)
        {
            if (pattern.Kind == UrlPatternKind.Issue)
            {
                foreach (var parts in Files(pattern)) yield return (Name(UrlPatternKind.Issue, date, 0), UrlPatternSyntax.Expand(parts, date, 0, 0));
                continue;
            }
            for (var page = 1; page <= 99; page++)
            {
                foreach (var parts in Files(pattern)) yield return (Name(pattern.Kind, date, page), UrlPatternSyntax.Expand(parts, date, page, 0));
            }
        }
    }

    /// <summary>The page itself and the file that goes with it: <c>issue.json</c> or <c>article.txt</c>.</summary>
    private static IEnumerable<IReadOnlyList<string>> Files(UrlPattern pattern)
    {
        yield return pattern.PageParts();
        if (pattern.Kind == UrlPatternKind.Issue) yield return pattern.CompanionParts(UrlPatterns.IssueJsonName);
        if (pattern.Kind == UrlPatternKind.Article) yield return pattern.CompanionParts(UrlPatterns.ArticleTextName);
    }

    /// <summary>Every folder a path of these parts passes through.</summary>
    private static IEnumerable<IReadOnlyList<string>> Folders(IReadOnlyList<string> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].StartsWith('{')) continue;
            for (var slash = parts[i].IndexOf('/'); slash >= 0; slash = parts[i].IndexOf('/', slash + 1))
                yield return [.. parts.Take(i), parts[i][..slash]];
        }
    }

    private static Regex ToRegex(IReadOnlyList<string> parts)
    {
        var pattern = new StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            pattern.Append(part switch
            {
                UrlPatternSyntax.Year => Group(seen, "yyyy", @"\d{4}"),
                UrlPatternSyntax.Month => Group(seen, "mm", "(?:0[1-9]|1[0-2])"),
                UrlPatternSyntax.Day => Group(seen, "dd", "(?:0[1-9]|[12][0-9]|3[01])"),
                UrlPatternSyntax.Page => Group(seen, "page", TwoDigits),
                UrlPatternSyntax.Order => Group(seen, "order", TwoDigits),
                UrlPatternSyntax.Id => Group(seen, "page", TwoDigits) + "-" + Group(seen, "order", TwoDigits),
                _ => Regex.Escape(part),
            });
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>A placeholder used twice must have the same value both times.</summary>
    private static string Group(HashSet<string> seen, string name, string pattern) =>
        seen.Add(name) ? $"(?<{name}>{pattern})" : $@"\k<{name}>";

    private static string Describe(UrlPatternKind kind, Match match)
    {
        var date = $"{Value(match, "yyyy")}-{Value(match, "mm")}-{Value(match, "dd")}";
        return kind switch
        {
            UrlPatternKind.Issue => $"the issue of {date}",
            UrlPatternKind.Page => $"page {Number(match, "page")} of {date}",
            _ when !match.Groups["order"].Success => $"the articles on page {Number(match, "page")} of {date}",
            _ => $"article {Number(match, "page")}-{Number(match, "order")} of {date}",
        };
    }

    private static string Value(Match match, string group) => match.Groups[group].Success ? match.Groups[group].Value : "?";

    private static string Number(Match match, string group) =>
        int.TryParse(Value(match, group), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : "?";

    private static string Name(UrlPatternKind kind, DateOnly date, int page)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return kind == UrlPatternKind.Issue ? $"the issue of {day}" : $"page {page} of {day}";
    }

    private static string Key(UrlPatternKind kind) => UrlPatternSyntax.KeyOf(kind);
}
