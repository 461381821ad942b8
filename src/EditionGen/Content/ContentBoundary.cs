using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>
/// Reading one content file is the boundary of the content stage: whatever a library throws on a broken file
/// becomes an error of that file, which is skipped, and the other files of the run still go through.
/// </summary>
internal static class ContentBoundary
{
    public static T? Read<T>(string displayPath, DiagnosticBag diagnostics, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (BadInput.IsFrom(exception))
        {
            diagnostics.Error(DiagnosticCodes.ContentUnreadable, SourceLocation.File(displayPath),
                $"could not be read ({exception.Message.Trim()}); the file was skipped. Check its front matter and body, or delete it and ingest its seed again.");
            return default;
        }
    }
}
