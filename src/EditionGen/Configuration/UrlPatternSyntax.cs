using System.Globalization;
using System.Text;

namespace EditionGen.Configuration;

/// <summary>
/// The rules a URL pattern must follow: known placeholders only, enough of them to tell every issue, page or article
/// apart, and a relative path that stays inside the output folder.
/// </summary>
internal static class UrlPatternSyntax
{
    public const string Year = "{yyyy}";
    public const string Month = "{mm}";
    public const string Day = "{dd}";
    public const string Page = "{page}";
    public const string Order = "{order}";
    public const string Id = "{id}";

    // Characters that Windows refuses in file names or that end or escape a URL path.
    private const string Unsafe = "?#%:*\"<>|";

    private const string Placeholders = "{yyyy}, {mm}, {dd}, {page}, {order} and {id}";

    public static string Example(UrlPatternKind kind) => kind switch
    {
        UrlPatternKind.Issue => "{yyyy}/{mm}/{dd}/",
        UrlPatternKind.Page => "{yyyy}/{mm}/{dd}/{page}/",
        _ => "{yyyy}/{mm}/{dd}/{page}/{order}/",
    };

    public static string KeyOf(UrlPatternKind kind) => kind switch
    {
        UrlPatternKind.Issue => "issue",
        UrlPatternKind.Page => "page",
        _ => "article",
    };

    /// <summary>The path a pattern's literals and placeholders give for a date, page and order.</summary>
    public static string Expand(IEnumerable<string> parts, DateOnly date, int page, int order)
    {
        var path = new StringBuilder();
        foreach (var part in parts)
        {
            path.Append(part switch
            {
                Year => date.Year >= 1000 ? date.Year.ToString(CultureInfo.InvariantCulture) : date.Year.ToString("0000", CultureInfo.InvariantCulture),
                Month => Two(date.Month),
                Day => Two(date.Day),
                Page => Two(page),
                Order => Two(order),
                Id => $"{Two(page)}-{Two(order)}",
                _ => part,
            });
        }
        return path.ToString();
    }

    /// <summary>Null and the pattern split into literals and placeholders, or what is wrong with it.</summary>
    public static string? Check(UrlPatternKind kind, string text, out IReadOnlyList<string> parts)
    {
        parts = [];
        var split = new List<string>();
        var problem = CheckPath(text) ?? Split(kind, text, split) ?? CheckUnique(kind, split);
        if (problem is not null) return $"the {KeyOf(kind)} pattern \"{text}\" {problem}; for example {KeyOf(kind)}: \"{Example(kind)}\"";
        parts = split;
        return null;
    }

    // Tens of thousands of paths are expanded in every build; a format string is parsed at each call, a table is not.
    private static readonly string[] Padded = Enumerable.Range(0, 1000).Select(value => value.ToString("00", CultureInfo.InvariantCulture)).ToArray();

    private static string Two(int value) => (uint)value < (uint)Padded.Length ? Padded[value] : value.ToString("00", CultureInfo.InvariantCulture);

    private static string? CheckPath(string text)
    {
        if (text.Length == 0) return "is empty";
        if (text.StartsWith('/')) return "starts with /, but paths are relative to base_url";
        if (text.Contains('\\', StringComparison.Ordinal)) return "contains a backslash; separate folders with /";
        if (text.Contains("..", StringComparison.Ordinal)) return "contains .., which could leave the output folder";
        var unsafeCharacter = text.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c) || Unsafe.Contains(c));
        if (unsafeCharacter != default)
            return $"contains '{unsafeCharacter}', which does not work in a file name on every system or in a URL; use letters, digits, - or _";
        if (text.Contains("//", StringComparison.Ordinal)) return "has an empty folder name (//)";
        if (text.Split('/').Any(segment => segment == ".")) return "has a folder named .";
        if (!text.EndsWith('/') && !text.EndsWith(".html", StringComparison.Ordinal))
            return "must end with / (a folder holding index.html) or .html (a file)";
        return null;
    }

    private static string? Split(UrlPatternKind kind, string text, List<string> parts)
    {
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = text.IndexOf('}', position);
            if (close >= 0 && (open < 0 || close < open)) return $"has a }} without its {{ at position {close + 1}";
            if (open < 0)
            {
                parts.Add(text[position..]);
                break;
            }
            if (open > position) parts.Add(text[position..open]);
            if (close < 0) return $"has a {{ without its }} at position {open + 1}";
            var placeholder = text[open..(close + 1)];
            var problem = CheckPlaceholder(kind, placeholder);
            if (problem is not null) return problem;
            parts.Add(placeholder);
            position = close + 1;
        }
        return null;
    }

    private static string? CheckPlaceholder(UrlPatternKind kind, string placeholder)
    {
        if (placeholder is not (Year or Month or Day or Page or Order or Id))
            return $"uses the unknown placeholder {placeholder}; the placeholders are {Placeholders}";
        if (kind == UrlPatternKind.Issue && placeholder is Page or Order or Id)
            return $"uses {placeholder}, but an issue has no page or article";
        if (kind == UrlPatternKind.Page && placeholder is Order or Id)
            return $"uses {placeholder}, but a page has no article";
        return null;
    }

    private static string? CheckUnique(UrlPatternKind kind, List<string> parts)
    {
        var missing = new List<string>();
        foreach (var needed in new[] { Year, Month, Day })
        {
            if (!parts.Contains(needed)) missing.Add(needed);
        }
        if (kind != UrlPatternKind.Issue && !parts.Contains(Page) && !(kind == UrlPatternKind.Article && parts.Contains(Id)))
            missing.Add(Page);
        if (kind == UrlPatternKind.Article && !parts.Contains(Order) && !parts.Contains(Id))
            missing.Add(Order);
        if (missing.Count == 0) return null;
        var what = kind switch
        {
            UrlPatternKind.Issue => "every issue",
            UrlPatternKind.Page => "every page",
            _ => "every article (use {page} and {order}, or {id})",
        };
        return $"lacks {string.Join(", ", missing)}, so it cannot give {what} its own address";
    }
}
