using System.Text;
using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>A content file's text (line ends made LF) and its front matter, or the reason it cannot be used.</summary>
internal sealed record ContentFile(string FullPath, string DisplayPath, string Text, FrontMatterMapping FrontMatter)
{
    /// <summary>The file's bytes, or null after reporting why they could not be read.</summary>
    public static byte[]? ReadBytes(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.File(displayPath),
                $"could not be read: {e.Message} Check that the file exists and is readable.");
            return null;
        }
    }

    /// <summary>The file read from <paramref name="bytes"/> (UTF-8 unless a byte order mark says otherwise), or null after reporting why it cannot be used.</summary>
    public static ContentFile? Parse(string fullPath, string displayPath, byte[] bytes, DiagnosticBag diagnostics)
    {
        // As File.ReadAllText decodes.
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
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
