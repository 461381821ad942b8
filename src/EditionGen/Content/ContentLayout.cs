using System.Globalization;
using System.Text.RegularExpressions;

namespace EditionGen.Content;

/// <summary>
/// Where things live under <c>content/</c>: one folder per issue (<c>YYYY/MM/DD/</c>) holding
/// <c>_index.md</c> for the issue and <c>PP-OO.md</c> for each article (page, order).
/// Ingest writes this layout and Content reads it, so both take it from here.
/// </summary>
public static partial class ContentLayout
{
    public const string IssueFileName = "_index.md";

    /// <summary>The front matter key that records what ingest wrote; see <c>IngestHash</c>.</summary>
    public const string IngestHashKey = "ingest_hash";

    /// <summary>The issue folder relative to the content root, with forward slashes: <c>2023/05/30</c>.</summary>
    public static string IssueFolder(DateOnly date) =>
        date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    /// <summary>The article file name for a page and order: <c>01-02.md</c>.</summary>
    public static string ArticleFileName(int page, int order) =>
        string.Create(CultureInfo.InvariantCulture, $"{page:00}-{order:00}.md");

    /// <summary>Whether a file name has the shape ingest gives article files.</summary>
    public static bool IsArticleFileName(string fileName) => ArticleFileNamePattern().IsMatch(fileName);

    /// <summary>A path for messages: relative to <paramref name="displayRoot"/> when inside it, with forward slashes.</summary>
    public static string DisplayPath(string path, string? displayRoot)
    {
        var full = Path.GetFullPath(path);
        if (displayRoot is not null)
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(displayRoot), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)) full = relative;
        }
        return full.Replace('\\', '/');
    }

    [GeneratedRegex(@"^[0-9]{2,}-[0-9]{2,}\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleFileNamePattern();
}
