using System.Text;
using EditionGen.Content;
using EditionGen.Model;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>
/// Writes the plain-text version of an article (<c>article.txt</c> beside its page): kicker, title, subtitle, byline
/// and dateline a line each; then, each after a blank line, the summary lines, the body's plain text, the signature
/// lines, the credit lines (each group only when there is one) and the citation. UTF-8 without a byte order mark,
/// LF line ends, nothing that depends on the build, so two builds give the same bytes.
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
        Group(text, view.Summary);
        var lines = Lines(body.PlainText);
        if (lines.Length > 0) text.Append(lines).Append("\n\n");
        Group(text, view.Signature);
        Group(text, view.Credits);
        text.Append(OneLine(view.Citation)).Append('\n');
        return SiteFile.FromText(path, text.ToString(), content.SourcePath);
    }

    /// <summary>Printed lines one to a line, then a blank line; nothing when there are none.</summary>
    private static void Group(StringBuilder text, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        foreach (var line in lines) text.Append(OneLine(line)).Append('\n');
        text.Append('\n');
    }

    /// <summary>LF line ends and no trailing blank lines, whatever the content file used.</summary>
    private static string Lines(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    /// <summary>A heading field is one line even if the front matter held a line break.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
