using System.Text;
using EditionGen.Content;
using EditionGen.Model;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// Writes the plain-text version of an article (<c>article.txt</c> beside its page): kicker, title, subtitle, byline
/// and dateline a line each, a blank line, the body's plain text, a blank line and the citation. UTF-8 without a
/// byte order mark, LF line ends, nothing that depends on the build, so two builds give the same bytes.
/// </summary>
internal static class ArticleTextWriter
{
    /// <summary>What the text files are made by, in their keys.</summary>
    public const string Kind = "article.txt";

    public static SiteFile Write(ArticleView view, ArticleContent content, ArticleBody body, string path)
    {
        var text = new StringBuilder();
        foreach (var line in new[] { view.Kicker, view.Title, view.Subtitle, view.Byline, view.Dateline })
        {
            if (line is not null) text.Append(OneLine(line)).Append('\n');
        }
        text.Append('\n');
        var lines = Lines(body.PlainText);
        if (lines.Length > 0) text.Append(lines).Append("\n\n");
        text.Append(OneLine(view.Citation)).Append('\n');
        return SiteFile.FromText(path, text.ToString(), content.SourcePath);
    }

    /// <summary>LF line ends and no trailing blank lines, whatever the content file used.</summary>
    private static string Lines(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    /// <summary>A heading field is one line even if the front matter held a line break.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
