using EditionGen.Diagnostics;

namespace EditionGen.Content;

/// <summary>
/// Reads one content file into a <see cref="ContentParse"/>, through the kept parses when there are some: the file's
/// bytes are read and hashed unless its length and time are the kept ones, and parsed only when no parse of the same
/// bytes is kept. What reading it found is reported to the caller's diagnostics either way.
/// </summary>
internal static class ContentFileParser
{
    /// <returns>The parse, or null when the file could not be read (reported, and never kept).</returns>
    public static ContentParse? Read(string fullPath, string displayPath, bool isIssue, DiagnosticBag diagnostics, ContentParses? parses)
    {
        ContentParse Parse(byte[] bytes) => isIssue ? ParseIssue(fullPath, displayPath, bytes) : ParseArticle(fullPath, displayPath, bytes);
        byte[]? Read() => ContentFile.ReadBytes(fullPath, displayPath, diagnostics);
        var parse = parses is not null ? parses.Get(fullPath, displayPath, Read, Parse) : Read() is { } bytes ? Parse(bytes) : null;
        if (parse is null) return null;
        diagnostics.AddRange(parse.Diagnostics);
        return parse;
    }

    private static ContentParse ParseIssue(string fullPath, string displayPath, byte[] bytes)
    {
        var found = new DiagnosticBag();
        var parse = ContentBoundary.Read(displayPath, found, () =>
            ContentFile.Parse(fullPath, displayPath, bytes, found) is { } file && IssueFrontMatter.Read(file, found) is { } issue
                ? new ContentParse("", issue, null, "", file.FrontMatter.KeyLocation("date"), [])
                : null);
        return Finish(parse, displayPath, found);
    }

    private static ContentParse ParseArticle(string fullPath, string displayPath, byte[] bytes)
    {
        var found = new DiagnosticBag();
        var parse = ContentBoundary.Read(displayPath, found, () =>
        {
            if (ContentFile.Parse(fullPath, displayPath, bytes, found) is not { } file) return null;
            if (ArticleFrontMatter.Read(file, found) is not { } article) return null;
            // Only the excerpt of the body is kept; the body is rendered again when its page is.
            return new ContentParse("", null, article, Excerpt.Of(MarkdownBody.PlainTextOf(file.Text)), file.FrontMatter.KeyLocation("id"), []);
        });
        return Finish(parse, displayPath, found);
    }

    private static ContentParse Finish(ContentParse? parse, string displayPath, DiagnosticBag found) =>
        (parse ?? new ContentParse("", null, null, "", SourceLocation.File(displayPath), [])) with { Diagnostics = found.Sorted() };
}
