using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>A content file's text (line ends made LF) and its front matter, or the reason it cannot be used.</summary>
internal sealed record ContentFile(string FullPath, string DisplayPath, string Text, FrontMatterMapping FrontMatter)
{
    public static ContentFile? Load(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.File(displayPath),
                $"could not be read: {e.Message} Check that the file exists and is readable.");
            return null;
        }

        if (FrontMatterSection.Find(text) is not { } section)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(displayPath, 1, 1),
                "has no front matter; the file was skipped. Start it with a line ---, then key: value lines such as title: \"…\", then a line ---.");
            return null;
        }
        var frontMatter = FrontMatterMapping.Parse(section, displayPath, diagnostics);
        return frontMatter is null ? null : new ContentFile(fullPath, displayPath, text, frontMatter);
    }

    public void Missing(DiagnosticBag diagnostics, string key, string example) =>
        diagnostics.Error(DiagnosticCodes.FrontMatterKeyMissing, new SourceLocation(DisplayPath, 1, 1),
            $"the front matter has no {key}; the file was skipped. Add a line such as {example}.");
}
