using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>
/// Where an article's body comes from: its Markdown file, read again on every <see cref="Load"/> and not
/// cached, or a body already rendered.
/// </summary>
public sealed class ArticleBodySource
{
    private readonly string? _filePath;
    private readonly ArticleBody? _body;

    private ArticleBodySource(string? filePath, ArticleBody? body)
    {
        _filePath = filePath;
        _body = body;
    }

    /// <summary>The body of the Markdown file at <paramref name="filePath"/> (after its front matter).</summary>
    public static ArticleBodySource FromFile(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        return new ArticleBodySource(Path.GetFullPath(filePath), null);
    }

    public static ArticleBodySource FromBody(ArticleBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new ArticleBodySource(null, body);
    }

    /// <param name="displayPath">The file as diagnostics name it, relative to the site root.</param>
    public ArticleBody? Load(string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_body is not null) return _body;

        string text;
        try
        {
            text = File.ReadAllText(_filePath!).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.File(displayPath),
                $"could not be read again to render its body: {e.Message} Check that the file exists and is readable, and that nothing changes content/ during a build.");
            return null;
        }
        return MarkdownBody.Render(text);
    }
}
