using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>
/// What one content file was read into, for the bytes whose SHA-256 is <see cref="Hash"/>: the issue (of an
/// <c>_index.md</c>) or article its front matter gave, null when the file was skipped; an article's excerpt; where
/// its key (an issue's date, an article's id) is written; every finding reading it reported; and the file's
/// <see cref="FileStamp"/> when those bytes were read, if it was old enough to be trusted by the next build.
/// </summary>
public sealed record ContentParse(
    string Hash,
    Issue? Issue,
    Article? Article,
    string Excerpt,
    SourceLocation KeyLocation,
    IReadOnlyList<Diagnostic> Diagnostics,
    FileStamp? Stamp = null);
