using System.Diagnostics.CodeAnalysis;

namespace EditionGen.Configuration;

/// <summary>
/// A checked URL pattern such as <c>{yyyy}/{mm}/{dd}/{page}/</c>. A pattern ending in <c>/</c> names a folder
/// (the page is its <c>index.html</c>); one ending in <c>.html</c> names a file. Output paths depend only on the
/// date, the page number and the order on the page, so an address never changes when content is edited.
/// </summary>
public sealed record UrlPattern
{
    internal const string Index = "index.html";
    private const string HtmlExtension = ".html";

    private readonly IReadOnlyList<string> _parts;

    private UrlPattern(UrlPatternKind kind, string text, IReadOnlyList<string> parts)
    {
        Kind = kind;
        Text = text;
        _parts = parts;
    }

    public UrlPatternKind Kind { get; }

    /// <summary>The pattern as written in <c>edition.yml</c>.</summary>
    public string Text { get; }

    /// <summary>Whether the pattern names a folder whose page is <c>index.html</c>.</summary>
    public bool IsDirectory => Text.EndsWith('/');

    /// <summary>The pattern of a kind; an <see cref="ArgumentException"/> saying what is wrong when it cannot be used.</summary>
    public static UrlPattern Parse(UrlPatternKind kind, string text) =>
        TryParse(kind, text, out var pattern, out var problem) ? pattern : throw new ArgumentException(problem, nameof(text));

    /// <summary>The pattern of a kind, or what is wrong with it and a valid example.</summary>
    public static bool TryParse(
        UrlPatternKind kind, string text, [NotNullWhen(true)] out UrlPattern? pattern, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = UrlPatternSyntax.Check(kind, text, out var parts);
        pattern = problem is null ? new UrlPattern(kind, text, parts) : null;
        return problem is null;
    }

    /// <summary>The output path, relative to the output folder: <c>2023/05/30/01/index.html</c>.</summary>
    public string Format(DateOnly date, int page = 0, int order = 0) =>
        UrlPatternSyntax.Expand(PageParts(), date, page, order);

    /// <summary>
    /// A file that belongs to the page, such as <c>article.txt</c>: inside the folder of a directory-style pattern
    /// (<c>2023/05/30/01/01/article.txt</c>), or the page's own name with the file's extension for a file-style one
    /// (<c>2023-05-30/01-01.txt</c>).
    /// </summary>
    public string Companion(string fileName, DateOnly date, int page = 0, int order = 0)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return UrlPatternSyntax.Expand(CompanionParts(fileName), date, page, order);
    }

    /// <summary>The literals and placeholders of the page's output path.</summary>
    internal IReadOnlyList<string> PageParts() => IsDirectory ? [.. _parts, Index] : _parts;

    /// <summary>The literals and placeholders of a companion file's output path.</summary>
    internal IReadOnlyList<string> CompanionParts(string fileName)
    {
        if (IsDirectory) return [.. _parts, fileName];
        // A file-style pattern ends in the literal ".html", as placeholders end in "}".
        var last = _parts[^1];
        return [.. _parts.Take(_parts.Count - 1), last[..^HtmlExtension.Length] + System.IO.Path.GetExtension(fileName)];
    }

    public bool Equals(UrlPattern? other) => other is not null && Kind == other.Kind && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Kind, Text);

    public override string ToString() => Text;
}
