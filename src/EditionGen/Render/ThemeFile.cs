namespace EditionGen.Render;

/// <summary>
/// A file of the theme found by <see cref="Theme"/>: its name inside the theme (<c>layouts/article.html</c>)
/// and where it comes from, as diagnostics print it (<c>templates/layouts/article.html</c> for the site's own,
/// <c>&lt;built-in&gt;/layouts/article.html</c> for the embedded theme).
/// </summary>
internal sealed record ThemeFile(string Name, string DisplayPath, Func<byte[]> Read)
{
    public string ReadText() => System.Text.Encoding.UTF8.GetString(Read()).TrimStart('\uFEFF');
}
